import fs from "node:fs";
import path from "node:path";

// The id of the build this server runs (Next.js writes it to .next/BUILD_ID); screens reload when it changes.

let cached: string | undefined;

export function currentBuildId(root = process.cwd()): string {
  if (cached) return cached;
  try {
    cached = fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim() || "development";
  } catch {
    cached = "development";
  }
  return cached;
}
