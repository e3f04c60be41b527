import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { lockFileState } from "./lock-file";

// `npm test`: every quality gate and test suite, in order, always all of them, then one summary line
// `N passed, N failed` (each gate counts as one test; suites count their tests).

interface StageResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note?: string;
  /** Names of the failed tests, repeated in the summary so a truncated log still shows them. */
  failures?: string[];
}

const ROOT = process.cwd();
const RESULTS = path.join(ROOT, "test-results");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

function run(
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): { ok: boolean; seconds: number } {
  const started = performance.now();
  console.log(`\n$ ${[path.basename(command), ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...env, ...extraEnv } });
  return { ok: result.status === 0, seconds: (performance.now() - started) / 1000 };
}

function gate(name: string, command: string, args: string[]): StageResult {
  const { ok, seconds } = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds };
}

/** Fails when the install rewrote package-lock.json (see lock-file.ts); passes with a note outside git. */
function lockFileGate(): StageResult {
  const name = "lock file unchanged by install";
  const started = performance.now();
  const lock = lockFileState(ROOT);
  const seconds = (performance.now() - started) / 1000;
  if (lock.state === "no-git")
    return { name, passed: 1, failed: 0, skipped: 0, seconds, note: "not a git checkout" };
  if (lock.state === "unchanged") return { name, passed: 1, failed: 0, skipped: 0, seconds };
  console.error(
    `\npackage-lock.json differs from the committed one (${lock.status}): commit the complete lock file.`,
  );
  return {
    name,
    passed: 0,
    failed: 1,
    skipped: 0,
    seconds,
    failures: ["package-lock.json changed by install"],
  };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function numberAt(value: unknown, ...keys: string[]): number {
  let current: unknown = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return 0;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "number" ? current : 0;
}

function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
    : [];
}

function vitestFailures(report: unknown): string[] {
  if (typeof report !== "object" || report === null) return [];
  return records((report as Record<string, unknown>).testResults).flatMap((file) =>
    records(file.assertionResults)
      .filter((test) => test.status === "failed")
      .map(
        (test) =>
          `${String(file.name ?? "").replace(`${ROOT}/`, "")} › ${String(test.fullName ?? test.title)}`,
      ),
  );
}

function playwrightFailures(suites: unknown, trail: string[] = []): string[] {
  return records(suites).flatMap((suite) => {
    const path = [...trail, String(suite.title ?? "")].filter(Boolean);
    const own = records(suite.specs).flatMap((spec) =>
      records(spec.tests).some((test) => records(test.results).every((r) => r.status !== "passed"))
        ? [`${[...path, String(spec.title ?? "")].join(" › ")}`]
        : [],
    );
    return [...own, ...playwrightFailures(suite.suites, path)];
  });
}

function vitest(): StageResult {
  const output = path.join(RESULTS, "vitest.json");
  fs.rmSync(output, { force: true });
  const { ok, seconds } = run(bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${output}`,
  ]);
  const report = readJson(output);
  const passed = numberAt(report, "numPassedTests");
  // A file that fails to load has no failed test of its own: count it, but not files that merely contain one.
  const brokenFiles =
    typeof report === "object" && report !== null
      ? records((report as Record<string, unknown>).testResults).filter(
          (file) =>
            file.status === "failed" && !records(file.assertionResults).some((t) => t.status === "failed"),
        ).length
      : 0;
  const failed = numberAt(report, "numFailedTests") + brokenFiles;
  const skipped = numberAt(report, "numPendingTests") + numberAt(report, "numTodoTests");
  // A crash before any report, or a non-zero exit with no failed test counted, is still a failure.
  const missing = !ok && failed === 0 ? 1 : 0;
  return {
    name: "unit + integration (vitest)",
    passed,
    failed: failed + missing,
    skipped,
    seconds,
    failures: vitestFailures(report),
  };
}

function playwright(): StageResult {
  const output = path.join(RESULTS, "playwright.json");
  fs.rmSync(output, { force: true });
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    console.error(
      `\nE2E needs Chromium at ${chromium}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    return {
      name: "e2e (playwright)",
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds: 0,
      note: "Chromium missing",
    };
  }
  const { ok, seconds } = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson(output);
  const passed = numberAt(report, "stats", "expected") + numberAt(report, "stats", "flaky");
  const failed = numberAt(report, "stats", "unexpected");
  const skipped = numberAt(report, "stats", "skipped");
  const missing = !ok && failed === 0 ? 1 : 0;
  const failures =
    typeof report === "object" && report !== null
      ? playwrightFailures((report as Record<string, unknown>).suites)
      : [];
  return { name: "e2e (playwright)", passed, failed: failed + missing, skipped, seconds, failures };
}

function main(): void {
  fs.mkdirSync(RESULTS, { recursive: true });
  const stages: StageResult[] = [
    lockFileGate(),
    gate("lint (eslint)", bin("eslint"), ["--max-warnings=0", "."]),
    gate("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]),
    gate("format (prettier --check)", bin("prettier"), ["--check", "."]),
    vitest(),
    playwright(),
  ];
  console.log("\nSummary");
  for (const s of stages) {
    const status = s.failed > 0 ? "FAIL" : "ok  ";
    const skipped = s.skipped ? `, ${s.skipped} skipped` : "";
    const note = s.note ? ` (${s.note})` : "";
    console.log(
      `  ${status} ${s.name}: ${s.passed} passed, ${s.failed} failed${skipped} in ${s.seconds.toFixed(1)} s${note}`,
    );
  }
  const passed = stages.reduce((n, s) => n + s.passed, 0);
  const failed = stages.reduce((n, s) => n + s.failed, 0);
  const skipped = stages.reduce((n, s) => n + s.skipped, 0);
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
