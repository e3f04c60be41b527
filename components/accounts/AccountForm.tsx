"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ApiError } from "@/lib/client/api";
import {
  ACCOUNT_FIELDS,
  accountPayload,
  CREDENTIAL_TYPE_LABELS,
  CREDENTIAL_TYPES,
  EMPTY_ACCOUNT_FORM,
  formErrorsFrom,
  formFromAccount,
  type AccountField,
  type AccountFormValues,
  type CredentialType,
  type FormErrors,
} from "@/lib/account-settings/account-form";
import { useAccountMutations, type AccountView } from "@/lib/client/accounts";
import styles from "./accounts.module.css";

interface AccountFormProps {
  /** Absent: a new account. */
  account?: AccountView;
  onDone: (saved: AccountView) => void;
  onCancel: () => void;
}

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

function visibleFields(type: CredentialType): ReadonlySet<AccountField> {
  const fields: AccountField[] = ["name", "accountId", "credentialType", "regions"];
  if (type === "profile" || type === "assumeRole") fields.push("profile");
  if (type === "assumeRole") fields.push("roleArn", "externalId", "sessionName");
  return new Set(fields);
}

export function AccountForm({ account, onDone, onCancel }: AccountFormProps) {
  const formId = useId();
  const [values, setValues] = useState<AccountFormValues>(() =>
    account ? formFromAccount(account) : EMPTY_ACCOUNT_FORM,
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const { create, update } = useAccountMutations();
  const saving = create.isPending || update.isPending;
  const visible = visibleFields(values.credentialType);

  const set = (field: AccountField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = accountPayload(values);
    setErrors(NO_ERRORS);
    try {
      const saved = account
        ? await update.mutateAsync({ id: account.id, payload })
        : await create.mutateAsync(payload);
      onDone(saved);
    } catch (error) {
      if (error instanceof ApiError) setErrors(formErrorsFrom(error, payload));
      else setErrors({ fields: {}, general: [error instanceof Error ? error.message : String(error)] });
    }
  }

  // An issue on a field this credential type hides would otherwise vanish; it is listed with the general ones.
  const hiddenIssues = ACCOUNT_FIELDS.filter((name) => !visible.has(name)).flatMap((name) =>
    (errors.fields[name] ?? []).map((message) => `${name}: ${message}`),
  );
  const general = [...errors.general, ...hiddenIssues];

  function field(
    name: AccountField,
    label: string,
    control: (props: FieldControlProps) => ReactNode,
    hint?: string,
  ) {
    if (!visible.has(name)) return null;
    const id = `${formId}-${name}`;
    const messages = errors.fields[name] ?? [];
    const describedBy = [hint ? `${id}-hint` : "", messages.length ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ");
    return (
      <div className={styles.formField}>
        <label htmlFor={id}>{label}</label>
        {control({
          id,
          "aria-invalid": messages.length > 0 || undefined,
          "aria-describedby": describedBy || undefined,
        })}
        {hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {hint}
          </span>
        )}
        {messages.length > 0 && (
          <span id={`${id}-error`} className={styles.fieldError} data-testid={`field-error-${name}`}>
            {messages.join("; ")}
          </span>
        )}
      </div>
    );
  }

  const text = (name: AccountField, placeholder?: string) => (props: FieldControlProps) => (
    <input
      {...props}
      className={styles.input}
      value={values[name]}
      placeholder={placeholder}
      onChange={(event) => set(name)(event.target.value)}
      autoComplete="off"
      spellCheck={false}
    />
  );

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      aria-label={account ? `Edit ${account.name}` : "Add account"}
      noValidate
    >
      <h2 className={styles.formTitle}>{account ? `Edit ${account.name}` : "Add an AWS account"}</h2>
      {general.length > 0 && (
        <div className={styles.formError} role="alert">
          {general.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </div>
      )}
      <fieldset className={styles.fieldset} disabled={saving}>
        {field("name", "Name", text("name", "Production"))}
        {field("accountId", "AWS account ID", text("accountId", "123456789012"), "12 digits")}
        {field("credentialType", "Credentials", (props) => (
          <select
            {...props}
            className={styles.input}
            value={values.credentialType}
            onChange={(event) => {
              const type = CREDENTIAL_TYPES.find((t) => t === event.target.value);
              if (type) setValues((v) => ({ ...v, credentialType: type }));
            }}
          >
            {CREDENTIAL_TYPES.map((type) => (
              <option key={type} value={type}>
                {CREDENTIAL_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        ))}
        {field(
          "profile",
          values.credentialType === "profile" ? "Profile" : "Source profile (optional)",
          text("profile", "default"),
          values.credentialType === "profile"
            ? "A profile in the server's AWS config / credentials files"
            : "Credentials used to assume the role; empty: the server's default credential chain",
        )}
        {field("roleArn", "Role ARN", text("roleArn", "arn:aws:iam::123456789012:role/WatchwallReadOnly"))}
        {field(
          "externalId",
          "External ID (optional)",
          text("externalId"),
          account?.hasExternalId
            ? "An external ID is set. The server never sends it back: enter it again, or saving removes it."
            : undefined,
        )}
        {field("sessionName", "Session name (optional)", text("sessionName", "watchwall"))}
        {field(
          "regions",
          "Regions",
          text("regions", "us-east-1, eu-west-1"),
          "Region codes, separated by commas or spaces",
        )}
        <div className={styles.formActions}>
          <button type="submit" className={`${styles.button} ${styles.primary}`}>
            {saving ? "Saving…" : account ? "Save changes" : "Add account"}
          </button>
          <button type="button" className={styles.button} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}

interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}
