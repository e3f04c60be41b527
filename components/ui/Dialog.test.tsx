import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConfirmDialog } from "./ConfirmDialog";
import { Dialog } from "./Dialog";
import { PromptDialog } from "./PromptDialog";

// Structure only (server rendering); opening, Escape and focus return are exercised in e2e/editing.spec.ts.

describe("the one dialog pattern", () => {
  it("is a native <dialog> named by its heading, with a close button", () => {
    const html = renderToStaticMarkup(
      <Dialog title="Dashboard settings" onClose={() => undefined}>
        <p>body</p>
      </Dialog>,
    );
    const labelledBy = /<dialog[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<h2 id="${labelledBy}"`);
    expect(html).toContain(">Dashboard settings</h2>");
    expect(html).toMatch(/<button[^>]*aria-label="Close"/);
    expect(html).not.toContain('role="dialog"');
  });

  it("confirmations and name prompts are dialogs too, starting in the right place", () => {
    const confirm = renderToStaticMarkup(
      <ConfirmDialog
        title="Delete?"
        confirmLabel="Delete"
        danger
        onConfirm={() => undefined}
        onCancel={() => undefined}
      >
        gone
      </ConfirmDialog>,
    );
    expect(confirm).toMatch(/<dialog/);
    expect(confirm).toMatch(/<button[^>]*data-autofocus[^>]*>Cancel<\/button>/);
    const prompt = renderToStaticMarkup(
      <PromptDialog
        title="New dashboard"
        label="Name"
        submitLabel="Create"
        onSubmit={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(prompt).toMatch(/<input[^>]*data-autofocus/);
    expect(prompt).toMatch(/<button type="submit"[^>]*disabled/);
  });
});
