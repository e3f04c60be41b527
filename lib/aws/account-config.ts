import type { AccountConfig } from "@/lib/contracts/accounts";

// How the server reaches one AWS account. Stored in Postgres (lib/accounts) or read from the accounts file.

export {
  accountConfigSchema,
  CREDENTIAL_TYPES as credentialTypes,
  type AccountConfig,
} from "@/lib/contracts/accounts";

/** An account as the server uses it: its registry id plus how to reach it. */
export interface AccountTarget extends AccountConfig {
  id: string;
}
