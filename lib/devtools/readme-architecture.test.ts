import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The README's architecture table is the map a newcomer reads first: it must name every folder of lib/,
// and nothing that is gone.

const ROOT = process.cwd();

function tableFolders(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Architecture"),
    readme.indexOf("### Database and migrations"),
  );
  return [...section.matchAll(/^\| `lib\/([\w-]+)\/`/gm)].map((m) => m[1] ?? "");
}

describe("README architecture table", () => {
  it("lists exactly the folders of lib/", () => {
    const folders = fs
      .readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.readdirSync(path.join(ROOT, "lib", entry.name)).length > 0)
      .map((entry) => entry.name)
      .sort();
    expect(tableFolders().sort()).toEqual(folders);
  });
});
