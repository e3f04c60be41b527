import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Playwright's web server is the launcher, which built .next; the same build started with plain `next start`
// (bypassing the launcher's authentication gate) must refuse to serve.

const PORT = Number(process.env.E2E_PORT ?? 3210) + 4;

test("`next start` on a Watchwall build exits 1 with one line saying to use `npm start`", async () => {
  const child = spawn(
    process.execPath,
    [
      path.join("node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(PORT),
      "-H",
      "127.0.0.1",
    ],
    { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve(status);
    });
  });
  expect(output).toContain(
    "[watchwall] Start Watchwall with `npm start`: `next start` would serve without authentication",
  );
  expect(code).toBe(1);
  // It never answered a request.
  await expect(fetch(`http://127.0.0.1:${PORT}/dashboards`)).rejects.toThrow();
});
