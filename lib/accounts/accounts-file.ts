import fs from "node:fs";
import { z } from "zod";
import { accountConfigSchema, type AccountConfig } from "@/lib/aws/account-config";

// WATCHWALL_ACCOUNTS_FILE: accounts for automated setups, e.g.
// { "accounts": [ { "name": "Production", "accountId": "123456789012", "credentialType": "assumeRole",
//   "roleArn": "arn:aws:iam::123456789012:role/WatchwallReadOnly", "regions": ["us-east-1"] } ] }

const fileSchema = z.object({ accounts: z.array(accountConfigSchema) });

export class AccountsFileError extends Error {
  override name = "AccountsFileError";
}

export function parseAccountsFile(text: string, source = "accounts file"): AccountConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AccountsFileError(
      `${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AccountsFileError(
      `${source}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const names = new Set<string>();
  for (const account of parsed.data.accounts) {
    if (names.has(account.name))
      throw new AccountsFileError(`${source}: duplicate account name "${account.name}"`);
    names.add(account.name);
  }
  return parsed.data.accounts;
}

export function readAccountsFile(path: string): AccountConfig[] {
  if (!fs.existsSync(path)) throw new AccountsFileError(`WATCHWALL_ACCOUNTS_FILE ${path} does not exist`);
  return parseAccountsFile(fs.readFileSync(path, "utf8"), `WATCHWALL_ACCOUNTS_FILE ${path}`);
}
