import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// A production build is reused only while the sources it was built from are unchanged, so `npm start` is
// fast on a warm machine and never serves a stale build after a pull.

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];
const SKIP = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;
const STAMP_FILE = path.join(".next", "watchwall-build-stamp");

function collect(root: string, entry: string, files: string[]): void {
  const full = path.join(root, entry);
  if (!fs.existsSync(full) || SKIP.test(entry)) return;
  if (fs.statSync(full).isDirectory()) {
    for (const child of fs.readdirSync(full).sort()) collect(root, path.join(entry, child), files);
  } else {
    files.push(entry);
  }
}

export function sourceStamp(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(root, input, files);
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root: string): boolean {
  const stampPath = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stampPath)) return false;
  return fs.readFileSync(stampPath, "utf8").trim() === sourceStamp(root);
}

export function recordBuild(root: string, stamp: string): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), stamp);
}
