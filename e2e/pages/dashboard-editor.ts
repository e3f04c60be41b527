import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

// A saved dashboard being viewed and edited: toolbar, settings dialog, the drag-and-resize grid and the
// dialogs that guard unsaved work.

export interface GridPosition {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface SavedDashboard {
  id: string;
  name: string;
  version: number;
  tags: string[];
  document: {
    widgets: Array<{ id: string; type: string; position: GridPosition; markdown?: string; title?: string }>;
    variables: Array<Record<string, unknown>>;
    [key: string]: unknown;
  };
}

/** Creates a dashboard through the API and gives it `widgets` and `variables` (one saved version each). */
export async function createDashboard(
  request: APIRequestContext,
  name: string,
  widgets: SavedDashboard["document"]["widgets"] = [],
  variables: SavedDashboard["document"]["variables"] = [],
): Promise<SavedDashboard> {
  const created = (await (
    await request.post("/api/dashboards", { data: { name, tags: [] } })
  ).json()) as SavedDashboard;
  if (widgets.length === 0 && variables.length === 0) return created;
  const response = await request.put(`/api/dashboards/${created.id}`, {
    data: {
      name,
      tags: [],
      baseVersion: created.version,
      document: { ...created.document, widgets, variables },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as SavedDashboard;
}

export async function loadDashboard(request: APIRequestContext, id: string): Promise<SavedDashboard> {
  return (await (await request.get(`/api/dashboards/${id}`)).json()) as SavedDashboard;
}

export function textWidget(id: string, position: GridPosition, markdown = id) {
  return { type: "text", id, position, markdown };
}

export class DashboardEditorPage {
  constructor(readonly page: Page) {}

  async open(id: string, edit = false) {
    await this.page.goto(`/dashboards/${id}${edit ? "?edit=1" : ""}`);
    // Enabled once React runs: the toolbar is in the server HTML before its handlers are.
    await expect(this.page.getByRole("button", { name: "Settings" })).toBeEnabled();
  }

  get settingsButton(): Locator {
    return this.page.getByRole("button", { name: "Settings", exact: true });
  }

  get settingsDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Dashboard settings" });
  }

  get widgetEditor(): Locator {
    return this.page.getByRole("dialog", { name: "Edit widget" });
  }

  async openSettings(): Promise<Locator> {
    await this.settingsButton.click();
    await expect(this.settingsDialog).toBeVisible();
    return this.settingsDialog;
  }

  async edit() {
    await this.page.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(this.page.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  }

  /** Saves and waits until the view has left editing (the Discard button goes with it). */
  async save() {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByRole("button", { name: "Discard changes" })).toBeHidden();
  }

  async addTextWidget(markdown: string) {
    await this.page.getByLabel("Add widget").selectOption("text");
    await expect(this.widgetEditor).toBeVisible();
    await this.widgetEditor.getByLabel("Markdown").fill(markdown);
    await this.widgetEditor.getByRole("button", { name: "Apply" }).click();
    await expect(this.widgetEditor).toBeHidden();
  }

  /** The grid cell of a widget (the drag-and-resize item while editing). */
  gridItem(widgetId: string): Locator {
    return this.page.getByTestId(`grid-item-${widgetId}`);
  }

  dragHandle(widgetId: string): Locator {
    return this.gridItem(widgetId).getByTestId("drag-handle");
  }

  /** Drags with the mouse from the centre of `from` by (dx, dy) pixels, in steps as a person would. */
  async dragBy(from: Locator, dx: number, dy: number) {
    const box = await from.boundingBox();
    if (!box) throw new Error("nothing to drag");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + 5, y + 5, { steps: 2 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 12 });
    await this.page.mouse.up();
  }

  async resizeBy(widgetId: string, dx: number, dy: number) {
    await this.dragBy(this.gridItem(widgetId).locator(".react-resizable-handle"), dx, dy);
  }

  /** Pixels of one grid column (24 columns, 8 px gaps) at the grid's current width. */
  async columnPitch(): Promise<number> {
    const grid = await this.page.locator(".react-grid-layout").boundingBox();
    if (!grid) throw new Error("no editable grid");
    return (grid.width + 8) / 24;
  }
}
