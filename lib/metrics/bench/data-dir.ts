import os from "node:os";
import path from "node:path";

// The benchmark's throwaway data folders: the only folders it ever removes.

const DATA_DIR_PREFIX = "watchwall-bench-";

export function dataDirTemplate(): string {
  return path.join(os.tmpdir(), DATA_DIR_PREFIX);
}

export function isBenchDataDir(dir: string): boolean {
  const resolved = path.resolve(dir);
  return (
    resolved.startsWith(dataDirTemplate()) && !resolved.slice(dataDirTemplate().length).includes(path.sep)
  );
}
