import { expect, test as setup } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_STATE } from "./auth";

// Signs in as the admin that WATCHWALL_ADMIN_EMAIL/PASSWORD created at start; the specs reuse the session.
setup("sign in as the e2e admin", async ({ request }) => {
  const response = await request.post("/api/auth/login", {
    data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  expect(response.status()).toBe(204);
  await request.storageState({ path: ADMIN_STATE });
});
