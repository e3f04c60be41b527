import { afterEach, describe, expect, it, vi } from "vitest";
import {
  markLauncher,
  NOT_LAUNCHED_MESSAGE,
  refuseUnlessLauncher,
  startedByLauncher,
} from "./launcher-guard";

// The guard that keeps `next start` from serving Watchwall without its authentication gate. What runs a real
// `next start` against a real build is e2e/launcher-only.spec.ts; here, the guard and Next's hook file.

const MARK = Symbol.for("watchwall.launcher");

afterEach(() => {
  Reflect.deleteProperty(globalThis, MARK);
  vi.restoreAllMocks();
});

describe("launcher guard", () => {
  it("without the launcher's mark: one line that says what to do, and exit code 1", () => {
    const exit = vi.fn();
    const log = vi.fn();
    refuseUnlessLauncher(exit, log);
    expect(log.mock.calls).toEqual([
      ["[watchwall] Start Watchwall with `npm start`: `next start` would serve without authentication"],
    ]);
    expect(exit.mock.calls).toEqual([[1]]);
  });

  it("in the launcher's process (marked before Next prepares): goes on", () => {
    markLauncher();
    expect(startedByLauncher()).toBe(true);
    const exit = vi.fn();
    refuseUnlessLauncher(exit, vi.fn());
    expect(exit).not.toHaveBeenCalled();
  });

  it("an environment variable is not the mark (a `next start` would inherit it)", () => {
    vi.stubEnv("WATCHWALL_LAUNCHER", "1");
    expect(startedByLauncher()).toBe(false);
    vi.unstubAllEnvs();
  });

  it("Next's register hook (instrumentation.ts) runs the guard in the Node.js runtime", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const { register } = await import("@/instrumentation");
    await register();
    expect(error).toHaveBeenCalledWith(NOT_LAUNCHED_MESSAGE);
    expect(exit).toHaveBeenCalledWith(1);

    exit.mockClear();
    markLauncher();
    await register();
    expect(exit).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
  });
});
