import { loadSharedConfigFiles } from "@smithy/shared-ini-file-loader";

// The named profiles the server's own AWS config defines (~/.aws/config and ~/.aws/credentials, or
// AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE). An account may only name one of these: a profile name is
// never a path or anything else the browser makes up.

export async function configuredProfiles(): Promise<Set<string>> {
  const files = await loadSharedConfigFiles({ ignoreCache: true });
  return new Set([...Object.keys(files.configFile), ...Object.keys(files.credentialsFile)]);
}
