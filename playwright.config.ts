import { defineConfig } from "@playwright/test";

// E2E journeys run against the production build started by the real launcher, with its own embedded
// PostgreSQL and AWS simulator on separate ports and a data folder wiped before each run.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The in-process OpenID provider of e2e/oidc-login.spec.ts (lib/testing/oidc-provider.ts). */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 3);
const BASE_URL = `http://127.0.0.1:${PORT}`;

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
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // Every journey starts signed in as the e2e admin (e2e/auth.ts); specs that need another role say so.
    { name: "journeys", dependencies: ["setup"], use: { storageState: "test-results/e2e/.auth/admin.json" } },
  ],
  use: {
    baseURL: BASE_URL,
    // Same-origin requests from the API client, as a browser's would be (lib/auth/gate.ts refuses others).
    extraHTTPHeaders: { origin: BASE_URL },
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
      WATCHWALL_ADMIN_EMAIL: "admin@e2e.watchwall.test",
      WATCHWALL_ADMIN_PASSWORD: "e2e-admin-password-0123",
      WATCHWALL_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
      WATCHWALL_OIDC_CLIENT_ID: "watchwall-e2e",
      WATCHWALL_OIDC_CLIENT_SECRET: "watchwall-e2e-client-secret",
      WATCHWALL_OIDC_ROLE_MAP: "wall-editors=editor,wall-admins=admin",
      WATCHWALL_OIDC_DEFAULT_ROLE: "none",
      WATCHWALL_PROXY_USER_HEADER: "x-e2e-proxy-user",
      WATCHWALL_PROXY_ROLE_HEADER: "x-e2e-proxy-role",
      WATCHWALL_PROXY_TRUSTED_ADDRESSES: "127.0.0.1/32",
      // Alarm journeys watch a state change reach open screens within one poll.
      WATCHWALL_ALARM_POLL_SECONDS: "10",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
