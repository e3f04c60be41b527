import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { DEMO_DASHBOARDS } from "../fixtures";
import { dashboardIsLive } from "./live";

// Page objects for kiosk screens and playlists.

export interface LayoutFacts {
  innerWidth: number;
  innerHeight: number;
  scrollWidth: number;
  scrollHeight: number;
  /** Lowest bottom edge of any widget, in CSS px of the viewport. */
  widgetsBottom: number;
  widgets: number;
  /** The smallest rendered text on screen, in CSS px (font size × zoom, SVG text through its transform). */
  minTextPx: number;
  minText: string;
  scale: number;
}

export class KioskScreen {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  get root(): Locator {
    return this.page.getByTestId("kiosk-root");
  }

  get banner(): Locator {
    return this.page.getByTestId("connection-banner");
  }

  get updated(): Locator {
    return this.page.getByTestId("kiosk-updated");
  }

  widget(id: string): Locator {
    return this.page.getByTestId(`widget-${id}`);
  }

  staleBadge(widgetId: string): Locator {
    return this.widget(widgetId).getByTestId("widget-stale");
  }

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.root).toBeVisible();
  }

  /** Widgets drawn while hidden (a playlist's preloaded dashboard): present, none still loading. */
  async drawnWhileHidden(scope: Locator): Promise<void> {
    await expect
      .poll(() => scope.getByTestId("widget-state").count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect(scope.locator('[data-testid="widget-state"][data-state="loading"]')).toHaveCount(0, {
      timeout: 30_000,
    });
  }

  async settled(scope: Locator | Page = this.page): Promise<void> {
    await dashboardIsLive(scope);
    await expect(scope.getByTestId("widget-state").first()).toBeVisible({ timeout: 30_000 });
    await expect(scope.locator('[data-testid="widget-state"][data-state="loading"]')).toHaveCount(0, {
      timeout: 30_000,
    });
  }

  async layoutFacts(): Promise<LayoutFacts> {
    return this.page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('[data-testid="kiosk-root"]');
      let minTextPx = Infinity;
      let minText = "";
      for (const element of root ? Array.from(root.querySelectorAll<Element>("*")) : []) {
        const ownText = Array.from(element.childNodes)
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? "")
          .join("")
          .trim();
        if (!ownText) continue;
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (
          rect.width === 0 ||
          rect.height === 0 ||
          style.visibility === "hidden" ||
          style.display === "none"
        )
          continue;
        const fontPx = parseFloat(style.fontSize);
        let size: number;
        if (element instanceof SVGGraphicsElement) {
          // The length of the transformed vertical unit: also right for rotated text (axis titles).
          const m = element.getScreenCTM();
          size = fontPx * (m ? Math.hypot(m.c, m.d) : 1);
        } else {
          size = fontPx * ((element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
        }
        if (size < minTextPx) {
          minTextPx = size;
          minText = ownText.slice(0, 40);
        }
      }
      const widgets = Array.from(document.querySelectorAll('section[data-testid^="widget-"]'));
      return {
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
        widgetsBottom: Math.max(0, ...widgets.map((w) => w.getBoundingClientRect().bottom)),
        widgets: widgets.length,
        minTextPx,
        minText,
        scale: Number(root?.dataset.scale ?? "1"),
      };
    });
  }
}

export class PlaylistScreen {
  constructor(readonly page: Page) {}

  get active(): Locator {
    return this.page.locator('[data-testid="playlist-slot"][data-active="true"]');
  }

  get preloading(): Locator {
    return this.page.locator('[data-testid="playlist-slot"][data-active="false"]');
  }

  async activeDashboardId(): Promise<string | null> {
    return this.active.getAttribute("data-dashboard-id");
  }
}

export interface DashboardRef {
  id: string;
  name: string;
}

/** The demo dashboards the launcher seeds (not those other journeys create). */
export async function demoDashboards(request: APIRequestContext): Promise<DashboardRef[]> {
  const response = await request.get("/api/dashboards");
  expect(response.ok()).toBe(true);
  const demo = new Set<string>(Object.values(DEMO_DASHBOARDS));
  return ((await response.json()) as { dashboards: DashboardRef[] }).dashboards.filter((d) =>
    demo.has(d.name),
  );
}

async function anyDashboard(request: APIRequestContext, name: string): Promise<DashboardRef | undefined> {
  const response = await request.get("/api/dashboards");
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { dashboards: DashboardRef[] }).dashboards.find((d) => d.name === name);
}

export async function dashboardNamed(request: APIRequestContext, name: string): Promise<DashboardRef> {
  const found = await anyDashboard(request, name);
  if (!found) throw new Error(`no dashboard named ${name}`);
  return found;
}
