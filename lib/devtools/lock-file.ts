import { spawnSync } from "node:child_process";

// `npm install` must leave package-lock.json as committed: a rewritten lock file means the committed one is
// incomplete and `npm ci` on a fresh clone would install something else.

export type LockFileState =
  | { state: "unchanged" }
  | { state: "changed"; status: string }
  /** Outside a git checkout there is nothing to compare against. */
  | { state: "no-git" };

export function lockFileState(root: string): LockFileState {
  const result = spawnSync("git", ["status", "--porcelain", "--", "package-lock.json"], { cwd: root });
  if (result.status !== 0) return { state: "no-git" };
  const status = result.stdout.toString().trim();
  return status ? { state: "changed", status } : { state: "unchanged" };
}
