import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirTemplate, isBenchDataDir } from "./data-dir";

describe("isBenchDataDir", () => {
  it("recognises the benchmark's own temporary folders only", () => {
    expect(isBenchDataDir(`${dataDirTemplate()}Ab12Cd`)).toBe(true);
    expect(isBenchDataDir(path.join(os.tmpdir(), "other"))).toBe(false);
    expect(isBenchDataDir(`${dataDirTemplate()}x/../../etc`)).toBe(false);
    expect(isBenchDataDir(`${dataDirTemplate()}x/nested`)).toBe(false);
    expect(isBenchDataDir(".data")).toBe(false);
    expect(isBenchDataDir("")).toBe(false);
  });
});
