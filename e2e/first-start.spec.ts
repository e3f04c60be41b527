import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { NO_SESSION } from "./auth";
import { DEMO_DASHBOARDS } from "./fixtures";

// A second Watchwall, started by the real launcher on an empty data folder and with no admin variables,
// prints a one-time setup link; a newcomer opens it, creates the admin and is on the demo dashboards.
// It serves the build the e2e web server made (WATCHWALL_SKIP_BUILD).

const BASE = Number(process.env.E2E_FIRST_START_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 4);
const DATA_DIR = ".data/e2e-first-start";

// No forced Origin header (playwright.config.ts sets the e2e server's): this is another origin.
test.use({ storageState: NO_SESSION, extraHTTPHeaders: {} });
test.setTimeout(180_000);

let child: ChildProcess | undefined;

test.afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child?.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
});

test("the printed one-time setup link creates the first admin and opens the demo", async ({ page }) => {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(BASE),
    HOST: "127.0.0.1",
    WATCHWALL_DATA_DIR: DATA_DIR,
    WATCHWALL_PG_PORT: String(BASE + 1),
    SIMULATOR_PORT: String(BASE + 2),
    WATCHWALL_AWS_MODE: "simulator",
    WATCHWALL_SKIP_BUILD: "true",
    NODE_ENV: "production",
  };
  delete env.WATCHWALL_ADMIN_EMAIL;
  delete env.WATCHWALL_ADMIN_PASSWORD;
  child = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const link = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no setup link printed:\n${output}`)), 150_000);
    child?.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/setup\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child?.on("exit", (code) => reject(new Error(`the launcher exited (${code}):\n${output}`)));
  });
  const url = new URL(link);
  expect(url.pathname).toBe("/setup");

  await page.goto(`http://127.0.0.1:${BASE}/dashboards`);
  await expect(page).toHaveURL(/\/login/);

  await page.goto(`http://127.0.0.1:${BASE}${url.pathname}${url.search}`);
  await page.getByLabel("Email").fill("first.admin@example.com");
  await page.getByLabel(/^Password/).fill("a long first password");
  await page.getByRole("button", { name: "Create admin and open the demo" }).click();
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByTestId("user-role")).toHaveText("admin");
  await expect(page.getByRole("link", { name: DEMO_DASHBOARDS.fleet, exact: true }).first()).toBeVisible();

  // The link works once.
  const again = await page.request.post(`http://127.0.0.1:${BASE}/api/auth/setup`, {
    headers: { origin: `http://127.0.0.1:${BASE}` },
    data: {
      token: url.searchParams.get("token"),
      email: "second@example.com",
      password: "another long password",
    },
  });
  expect(again.status()).toBe(403);
});
