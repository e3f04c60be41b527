import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Waits until React runs the dashboard in the browser. The server's HTML already holds the first data, so
 * widgets read "ready" before hydration, but charts, clicks, zoom and kiosk scaling start only then.
 */
export async function dashboardIsLive(scope: Page | Locator): Promise<void> {
  await expect(scope.locator('[data-live="true"]').first()).toBeAttached({ timeout: 30_000 });
}
