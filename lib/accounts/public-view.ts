import type { RegisteredAccount } from "./repository";

// What the browser may know about an account: enough to show and edit it, never credentials. The external
// id is a shared secret with the account owner, so it is reported as set or not.

export interface AccountView {
  id: string;
  name: string;
  accountId: string;
  credentialType: RegisteredAccount["credentialType"];
  profile?: string;
  roleArn?: string;
  hasExternalId: boolean;
  sessionName?: string;
  regions: string[];
  source: RegisteredAccount["source"];
}

export function toAccountView(account: RegisteredAccount): AccountView {
  return {
    id: account.id,
    name: account.name,
    accountId: account.accountId,
    credentialType: account.credentialType,
    profile: account.profile,
    roleArn: account.roleArn,
    hasExternalId: Boolean(account.externalId),
    sessionName: account.sessionName,
    regions: account.regions,
    source: account.source,
  };
}
