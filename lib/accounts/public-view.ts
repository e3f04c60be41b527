import type { AccountView } from "@/lib/contracts/accounts";
import type { RegisteredAccount } from "./repository";

// What the browser may know about an account: enough to show and edit it, never credentials. The external
// id is a shared secret with the account owner, so it is reported as set or not.

export type { AccountView };

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
