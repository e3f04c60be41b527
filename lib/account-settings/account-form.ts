import { CREDENTIAL_TYPES as credentialTypes, type AccountView } from "@/lib/contracts/accounts";

// The Settings → Accounts form: text fields in, the body of POST/PUT /api/accounts out, and the API's issue
// paths ("roleArn", "regions.2") back onto the field that caused them.

export type CredentialType = (typeof credentialTypes)[number];
export const CREDENTIAL_TYPES: readonly CredentialType[] = credentialTypes;

export const CREDENTIAL_TYPE_LABELS: Readonly<Record<CredentialType, string>> = {
  default: "Default credential chain",
  profile: "Named profile",
  assumeRole: "Assume role",
};

export interface AccountFormValues {
  name: string;
  accountId: string;
  credentialType: CredentialType;
  /** Profile credentials: the profile; assume role: the optional source profile. */
  profile: string;
  roleArn: string;
  externalId: string;
  sessionName: string;
  /** Region codes separated by commas, spaces or new lines. */
  regions: string;
}

export type AccountField = keyof AccountFormValues;
export const ACCOUNT_FIELDS: readonly AccountField[] = [
  "name",
  "accountId",
  "credentialType",
  "profile",
  "roleArn",
  "externalId",
  "sessionName",
  "regions",
];

export const EMPTY_ACCOUNT_FORM: AccountFormValues = {
  name: "",
  accountId: "",
  credentialType: "default",
  profile: "",
  roleArn: "",
  externalId: "",
  sessionName: "",
  regions: "",
};

/** The external id is a secret the server never sends back, so an edit starts with it blank. */
export function formFromAccount(account: AccountView): AccountFormValues {
  return {
    name: account.name,
    accountId: account.accountId,
    credentialType: account.credentialType,
    profile: account.profile ?? "",
    roleArn: account.roleArn ?? "",
    externalId: "",
    sessionName: account.sessionName ?? "",
    regions: account.regions.join(", "),
  };
}

export function splitRegions(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    const region = part.trim().toLowerCase();
    if (region) seen.add(region);
  }
  return [...seen];
}

export interface AccountPayload {
  name: string;
  accountId: string;
  credentialType: CredentialType;
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
  regions: string[];
}

/** Only the fields the chosen credential type uses are sent; blank optional fields are left out. */
export function accountPayload(values: AccountFormValues): AccountPayload {
  const payload: AccountPayload = {
    name: values.name.trim(),
    accountId: values.accountId.trim(),
    credentialType: values.credentialType,
    regions: splitRegions(values.regions),
  };
  const set = (key: "profile" | "roleArn" | "externalId" | "sessionName") => {
    const value = values[key].trim();
    if (value) payload[key] = value;
  };
  if (values.credentialType === "profile" || values.credentialType === "assumeRole") set("profile");
  if (values.credentialType === "assumeRole") {
    set("roleArn");
    set("externalId");
    set("sessionName");
  }
  return payload;
}

export interface FormErrors {
  fields: Partial<Record<AccountField, string[]>>;
  /** Problems that belong to no field (e.g. a network failure). */
  general: string[];
}

export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  issues: readonly { path: string; message: string }[];
}

function isField(name: string): name is AccountField {
  return (ACCOUNT_FIELDS as readonly string[]).includes(name);
}

function add(errors: FormErrors, field: AccountField, message: string) {
  (errors.fields[field] ??= []).push(message);
}

/**
 * Issue paths name the payload ("regions.1"); a Region issue quotes the Region it is about, since the form
 * shows all Regions in one field. A name clash (409) belongs to the name field.
 */
export function formErrorsFrom(problem: ApiProblem, payload: AccountPayload): FormErrors {
  const errors: FormErrors = { fields: {}, general: [] };
  if (problem.status === 409) {
    add(errors, "name", problem.message);
    return errors;
  }
  if (problem.issues.length === 0) {
    errors.general.push(problem.message);
    return errors;
  }
  for (const issue of problem.issues) {
    const [head, index] = issue.path.split(".");
    if (head === "regions" && index !== undefined) {
      const region = payload.regions[Number(index)];
      add(errors, "regions", region === undefined ? issue.message : `${region}: ${issue.message}`);
    } else if (head && isField(head)) {
      add(errors, head, issue.message);
    } else {
      errors.general.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    }
  }
  return errors;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.values(errors.fields).some((list) => list.length > 0);
}
