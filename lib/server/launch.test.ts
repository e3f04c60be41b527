import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";

// Bad configuration fails at start with one line that says what to fix, never a stack trace.

function launch(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
      env: { ...process.env, WATCHWALL_SKIP_BUILD: "true", NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.on("close", (code) => resolve({ code, stderr, stdout }));
  });
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

function errorLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.trim() && !/ExperimentalWarning|--trace-warnings|nodedir/.test(line));
}

describe("launcher start-up errors", () => {
  it("names an invalid variable", async () => {
    const result = await launch({ PORT: "eighty" });
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      '[watchwall] cannot start: Invalid environment variable PORT="eighty": must be a port number (1-65535)',
    ]);
  });

  it("says which port is in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const result = await launch({ PORT: String(port), HOST: "127.0.0.1" });
      expect(result.code).toBe(1);
      expect(errorLines(result.stderr)).toEqual([
        `[watchwall] cannot start: port ${port} is already in use: stop the other process or set PORT to a free port`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it("explains an unreachable DATABASE_URL", async () => {
    const result = await launch({
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
      DATABASE_URL: "postgresql://watchwall@127.0.0.1:1/nowhere",
    });
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      "[watchwall] cannot start: cannot reach the database at postgresql://watchwall@127.0.0.1:1/nowhere (ECONNREFUSED): check DATABASE_URL",
    ]);
  });
});
