// The standalone simulator process: env configuration, readiness and graceful shutdown.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterEach, describe, expect, it } from "vitest";
import { PRODUCTION_KEY } from "./core/test-support";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
});

function start(env: Record<string, string>): {
  proc: ChildProcess;
  url: Promise<string>;
  exit: Promise<number | null>;
} {
  const proc = spawn(TSX, ["lib/simulator/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, SIMULATOR_PORT: "0", SIMULATOR_QUIET: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  let output = "";
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.on("exit", () => reject(new Error(`simulator exited early: ${output}`)));
  });
  const exit = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, url, exit };
}

describe("npm run simulator (main.ts)", () => {
  it("starts with SIMULATOR_FAULTS applied, serves STS and exits cleanly on SIGTERM", async () => {
    const faults = JSON.stringify([{ operation: "GetCallerIdentity", throttle: true, count: 1 }]);
    const { proc, url, exit } = start({ SIMULATOR_FAULTS: faults });
    const endpoint = await url;
    expect(await (await fetch(`${endpoint}/_simulator/health`)).json()).toMatchObject({
      status: "ok",
      services: expect.arrayContaining(["sts"]),
    });

    const sts = new STSClient({
      endpoint,
      region: "us-east-1",
      maxAttempts: 1,
      credentials: { accessKeyId: PRODUCTION_KEY, secretAccessKey: "x" },
    });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "Throttling" });
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: "111111111111",
    });

    proc.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  it("refuses invalid SIMULATOR_FAULTS with a non-zero exit", async () => {
    const { url, exit } = start({ SIMULATOR_FAULTS: '[{"throttle": 7}]' });
    url.catch(() => {});
    expect(await exit).toBe(1);
  });
});
