import type { AccountConfig } from "@/lib/aws/account-config";
import { configuredProfiles } from "@/lib/aws/profiles";
import { parseEnv } from "@/lib/config/env";
import { HttpError } from "@/lib/http/error-mapping";

// Rules for accounts added or changed through the API, beyond their shape (lib/aws/account-config.ts): the
// operator's allow-list of account ids, so a stolen Admin session cannot point the server at arbitrary
// accounts, and profiles only from the server's own AWS config.

export async function assertAccountAllowed(
  config: AccountConfig,
  allowed: string[] | null = parseEnv().WATCHWALL_ALLOWED_ACCOUNT_IDS ?? null,
  profiles: () => Promise<Set<string>> = configuredProfiles,
): Promise<void> {
  if (allowed && !allowed.includes(config.accountId))
    throw new HttpError(
      400,
      "invalid_request",
      "accountId: is not in WATCHWALL_ALLOWED_ACCOUNT_IDS, the accounts this server may read",
      [{ path: "accountId", message: "is not in WATCHWALL_ALLOWED_ACCOUNT_IDS" }],
    );
  if (config.credentialType === "profile" && config.profile) {
    const known = await profiles();
    if (!known.has(config.profile))
      throw new HttpError(400, "invalid_request", "profile: is not a profile of the server's AWS config", [
        { path: "profile", message: "is not a profile of the server's AWS config" },
      ]);
  }
}
