import { expect, test } from "@playwright/test";

// Two people edit the same dashboard: the second save is refused (409), the second editor keeps their
// changes on screen, and can save them on top; both versions stay in the history.

test("a concurrent edit gets 409 and loses nothing", async ({ browser, request }) => {
  const created = (await (
    await request.post("/api/dashboards", { data: { name: "Shared board", tags: [] } })
  ).json()) as { id: string };
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  for (const page of [alice, bob]) {
    await page.goto(`/dashboards/${created.id}?edit=1`);
    await page.getByLabel("Add widget").selectOption("text");
    const editor = page.getByRole("dialog", { name: "Edit widget" });
    await editor.getByLabel("Markdown").fill(page === alice ? "Alice was here" : "Bob was here");
    await editor.getByRole("button", { name: "Apply" }).click();
  }
  await alice.getByRole("button", { name: "Save" }).click();
  await expect(alice.getByRole("button", { name: "Edit" })).toBeVisible();

  await bob.getByRole("button", { name: "Save" }).click();
  const conflict = bob.getByTestId("save-conflict");
  await expect(conflict).toContainText("version 2");
  await expect(bob.getByText("Bob was here")).toBeVisible();
  await conflict.getByRole("button", { name: "Save mine as the newest version" }).click();
  await expect(bob.getByRole("button", { name: "Edit" })).toBeVisible();
  await expect(bob.getByText("Bob was here")).toBeVisible();

  await bob.getByRole("button", { name: "History" }).click();
  await expect(bob.getByTestId("version-row")).toHaveCount(3);
  await bob
    .getByTestId("version-row")
    .filter({ hasText: "v2" })
    .getByRole("button", { name: "Restore" })
    .click();
  await expect(bob.getByText("Alice was here")).toBeVisible();
});
