// Where the server's AWS calls go. The launcher resolves the mode once (lib/config) and passes it to the
// Next.js server through the environment; in simulator mode every client targets the simulator endpoint
// and starts from the demo base identity, then assumes roles exactly as with real AWS.

export type AwsRuntime =
  | { mode: "aws" }
  | {
      mode: "simulator";
      endpoint: string;
      baseCredentials: { accessKeyId: string; secretAccessKey: string };
    };

export function awsRuntime(env: Readonly<Record<string, string | undefined>> = process.env): AwsRuntime {
  if (env.WATCHWALL_AWS_MODE_RESOLVED === "aws") return { mode: "aws" };
  const endpoint = env.WATCHWALL_SIMULATOR_URL;
  const accessKeyId = env.WATCHWALL_SIMULATOR_ACCESS_KEY_ID;
  const secretAccessKey = env.WATCHWALL_SIMULATOR_SECRET_ACCESS_KEY;
  if (!endpoint || !accessKeyId || !secretAccessKey) {
    throw new Error(
      "simulator mode without WATCHWALL_SIMULATOR_URL / _ACCESS_KEY_ID / _SECRET_ACCESS_KEY (set by the launcher)",
    );
  }
  return { mode: "simulator", endpoint, baseCredentials: { accessKeyId, secretAccessKey } };
}
