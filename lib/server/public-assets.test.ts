import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// public/ is served as-is by Next.js: the web app manifest wall screens install from must point at icons
// that exist with the sizes it claims.

const PUBLIC = path.join(process.cwd(), "public");

function pngSize(file: string): string {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe("public/manifest.webmanifest", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PUBLIC, "manifest.webmanifest"), "utf8")) as {
    display: string;
    start_url: string;
    icons: Array<{ src: string; sizes: string; type: string }>;
  };

  it("opens full screen on the dashboards", () => {
    expect(manifest.display).toBe("fullscreen");
    expect(manifest.start_url).toBe("/dashboards");
  });

  it("lists icons that exist with their declared sizes", () => {
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      const file = path.join(PUBLIC, icon.src);
      expect(fs.existsSync(file), icon.src).toBe(true);
      if (icon.type === "image/png") expect(pngSize(file), icon.src).toBe(icon.sizes);
    }
  });
});
