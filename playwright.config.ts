import { defineConfig } from "@playwright/test";

// E2E journeys run against the production build started by the real launcher, with its own embedded
// PostgreSQL and AWS simulator on separate ports and a data folder wiped before each run.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One retry, recorded: a journey that fails once leaves a trace (test-results/e2e) to open with
  // `npx playwright show-trace`, and is reported as flaky rather than hidden.
  retries: Number(process.env.E2E_RETRIES ?? 1),
  workers: 1,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "./test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    screenshot: "only-on-failure",
    trace: "on-first-retry",
  },
  webServer: {
    command: "node --import tsx lib/devtools/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    // Let the launcher stop its PostgreSQL and simulator instead of being killed outright.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    timeout: 240_000,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      WATCHWALL_DATA_DIR: ".data/e2e",
      WATCHWALL_PG_PORT: String(PORT + 1),
      SIMULATOR_PORT: String(PORT + 2),
      WATCHWALL_AWS_MODE: "simulator",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
