import type { HealthReport } from "@/lib/contracts/health";
import { db } from "@/lib/db/client";
import { shortDatabaseError } from "./database-errors";

// What /api/health reports: each part's status, so an operator (or a load balancer) sees what is failing.

export type { HealthReport } from "@/lib/contracts/health";
export type PartStatus = HealthReport["database"];

const TIMEOUT_MS = 3000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function checkDatabase(): Promise<PartStatus> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS)),
    ]);
    return { status: "ok" };
  } catch (error) {
    return { status: "error", error: `database unreachable: ${shortDatabaseError(error)}` };
  }
}

async function checkAws(): Promise<HealthReport["aws"]> {
  const mode = process.env.WATCHWALL_AWS_MODE_RESOLVED === "aws" ? "aws" : "simulator";
  if (mode === "aws") return { mode, status: "ok" };
  const url = process.env.WATCHWALL_SIMULATOR_URL;
  if (!url)
    return { mode, status: "error", error: "simulator URL unknown (WATCHWALL_SIMULATOR_URL not set)" };
  try {
    const response = await fetch(`${url}/_simulator/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    return response.ok
      ? { mode, status: "ok" }
      : { mode, status: "error", error: `simulator answered ${response.status}` };
  } catch (error) {
    return { mode, status: "error", error: `simulator unreachable: ${message(error)}` };
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const [database, aws] = await Promise.all([checkDatabase(), checkAws()]);
  return { status: database.status === "ok" && aws.status === "ok" ? "ok" : "error", database, aws };
}

/** What anyone may see: statuses, not error texts (which can name hosts, ports and paths). */
export function publicHealth(report: HealthReport): HealthReport {
  return {
    status: report.status,
    database: { status: report.database.status },
    aws: { mode: report.aws.mode, status: report.aws.status },
  };
}
