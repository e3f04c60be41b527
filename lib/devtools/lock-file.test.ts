import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockFileState } from "./lock-file";

// The gate of `npm test` that catches an install rewriting the committed lock file, on a real git checkout.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function checkout(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-lock-"));
  folders.push(folder);
  const git = (...args: string[]) => {
    const result = spawnSync("git", args, { cwd: folder });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr.toString()}`);
  };
  git("init", "-q");
  fs.writeFileSync(path.join(folder, "package-lock.json"), '{ "lockfileVersion": 3 }\n');
  git("add", "package-lock.json");
  git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", "lock");
  return folder;
}

describe("lock file gate", () => {
  it("passes while package-lock.json is as committed", () => {
    expect(lockFileState(checkout())).toEqual({ state: "unchanged" });
  });

  it("fails when an install rewrote package-lock.json", () => {
    const folder = checkout();
    fs.writeFileSync(path.join(folder, "package-lock.json"), '{ "lockfileVersion": 3, "packages": {} }\n');
    expect(lockFileState(folder)).toEqual({ state: "changed", status: "M package-lock.json" });
  });

  it("has nothing to compare outside a git checkout", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-nogit-"));
    folders.push(folder);
    expect(lockFileState(folder)).toEqual({ state: "no-git" });
  });
});
