import { createDashboard, expect, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";

// Two people edit the same dashboard: the second save is refused (409), the second editor keeps their
// changes on screen, and can save them on top; both versions stay in the history.

test("a concurrent edit gets 409 and loses nothing", async ({ browser, request }) => {
  const created = await createDashboard(request, "Shared board");
  const alice = new DashboardPage(await (await browser.newContext()).newPage());
  const bob = new DashboardPage(await (await browser.newContext()).newPage());
  for (const person of [alice, bob]) {
    await person.goto(created.id, { edit: true });
    const editor = await person.addWidget("text");
    await editor.setMarkdown(person === alice ? "Alice was here" : "Bob was here");
    await editor.apply();
  }
  await alice.save();
  await alice.expectViewing();

  await bob.save();
  const conflict = bob.saveConflict();
  await expect(conflict).toContainText("version 2");
  await expect(bob.page.getByText("Bob was here")).toBeVisible();
  await conflict.getByRole("button", { name: "Save mine as the newest version" }).click();
  await bob.expectViewing();
  await expect(bob.page.getByText("Bob was here")).toBeVisible();

  const versions = await bob.openHistory();
  await expect(versions).toHaveCount(3);
  await versions.filter({ hasText: "v2" }).getByRole("button", { name: "Restore" }).click();
  await expect(bob.page.getByText("Alice was here")).toBeVisible();
});
