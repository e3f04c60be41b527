import { describeLogGroups, getLogGroupFields } from "@/lib/aws/logs";
import type {
  LogFieldsResponse,
  LogGroupsResponse,
  LogsStreamEvent,
  StartLogsQuery,
  StartLogsQueryResponse,
} from "@/lib/contracts/logs";
import { type startLogsQuerySchema } from "@/lib/contracts/logs";
import { cluster } from "@/lib/cluster/cluster";
import { registeredAccount } from "@/lib/metrics/query-panels";
import { requireAccount, awsLogsBackend, type AccountResolver } from "./backend";
import { DEFAULT_QUERY_CONCURRENCY } from "./constants";
import { recordHistory } from "./history";
import { InProcessLimiter, type ConcurrencyLimiter } from "./limiter";
import { recordMeasure } from "./measures";
import { planRun } from "./plan";
import { SharedRuns, type Ticket } from "./shared-runs";
import { findTicket, forgetTicket, recordedTicket, recordTicket } from "./tickets";

// The server's entry to Logs Insights: one SharedRuns (and so one concurrency limiter) per server process,
// shared by every viewer and widget.

const resolveAccount: AccountResolver = registeredAccount;

const KEY = Symbol.for("watchwall.logs.runs");

/**
 * The Logs Insights budget of this server: shared with every replica through PostgreSQL when the cluster is
 * on (cluster() joins it whenever DATABASE_URL is set, as the launcher always sets it), else per process.
 */
export function createLimiter(): ConcurrencyLimiter {
  if (!process.env.DATABASE_URL) return new InProcessLimiter(() => DEFAULT_QUERY_CONCURRENCY);
  return cluster().slotLimiter({
    limitFor: () => DEFAULT_QUERY_CONCURRENCY,
    describe: (key) => {
      const [accountId, region] = key.split("/");
      return `account ${accountId} in ${region}`;
    },
  });
}

export function sharedRuns(): SharedRuns {
  const holder = globalThis as { [KEY]?: SharedRuns };
  holder[KEY] ??= createSharedRuns();
  return holder[KEY];
}

/** A ticket opened on any replica (see tickets.ts); undefined when none knows it. */
export function ticketById(id: string): Promise<Ticket | undefined> {
  return findTicket(sharedRuns(), id);
}

/**
 * Releases the ticket `id` after `allowed` accepts who holds it. One opened on another replica is not opened
 * here just to be stopped: it is forgotten, and its replica stops the run once the viewer's stream is gone.
 * False when no replica knows it.
 */
export async function releaseTicket(
  id: string,
  allowed: (ticket: { holder?: string }) => void,
): Promise<boolean> {
  const local = sharedRuns().get(id);
  if (local) {
    allowed(local);
    return sharedRuns().release(id);
  }
  if (!process.env.DATABASE_URL) return false;
  const recorded = await recordedTicket(id);
  if (!recorded) return false;
  allowed(recorded);
  await forgetTicket(id);
  return true;
}

function createSharedRuns(): SharedRuns {
  const runs = new SharedRuns(awsLogsBackend(resolveAccount), createLimiter(), Date.now, {
    // What each completed query scanned feeds the dashboards' cost estimates (lib/cost).
    onScopeComplete: (scope, statistics, rangeMs) =>
      void recordMeasure(scope, statistics.bytesScanned, rangeMs).catch((error: unknown) =>
        console.error("[watchwall] could not record what a Logs Insights query scanned:", error),
      ),
  });
  if (process.env.DATABASE_URL) {
    runs.onRelease = (id) =>
      void forgetTicket(id).catch((error: unknown) =>
        console.error("[watchwall] could not forget a released Logs Insights ticket:", error),
      );
  }
  return runs;
}

export async function searchLogGroups(
  accountId: string,
  region: string,
  search: string | undefined,
  cursor: string | undefined,
): Promise<LogGroupsResponse> {
  const account = await requireAccount(resolveAccount, accountId);
  const page = await describeLogGroups(account, region, { pattern: search, nextToken: cursor, limit: 50 });
  return {
    accountId,
    region,
    groups: page.groups,
    ...(page.nextToken ? { nextCursor: page.nextToken } : {}),
  };
}

export async function discoverFields(
  accountId: string,
  region: string,
  groups: string[],
): Promise<LogFieldsResponse> {
  const account = await requireAccount(resolveAccount, accountId);
  const lists = await Promise.all(groups.map((g) => getLogGroupFields(account, region, g)));
  const best = new Map<string, number>();
  for (const list of lists)
    for (const f of list) best.set(f.name, Math.max(best.get(f.name) ?? 0, f.percent));
  return {
    fields: [...best.entries()]
      .map(([name, percent]) => ({ name, percent }))
      .sort((a, b) => b.percent - a.percent || a.name.localeCompare(b.name)),
  };
}

export async function startLogsQuery(
  body: ReturnType<typeof startLogsQuerySchema.parse>,
  ownerId: string | null,
  now = Date.now(),
  /** Set for callers who alone may read and release the ticket (see lib/scoped-access). */
  holder?: string,
): Promise<StartLogsQueryResponse> {
  const spec = planRun(body, now);
  // Every scope must be a registered account before anything is sent.
  for (const scope of spec.scopes) await requireAccount(resolveAccount, scope.accountId);
  const ticket = sharedRuns().open(spec, holder);
  // Other replicas find the ticket when the viewer's stream or cancel reaches them.
  if (process.env.DATABASE_URL) {
    await recordTicket(ticket, spec).catch((error: unknown) =>
      console.error("[watchwall] could not share a Logs Insights ticket with the other replicas:", error),
    );
  }
  if (body.history) {
    void ticket.run.done.then(() => {
      const snap = ticket.run.snapshot();
      return recordHistory({
        ownerId,
        query: body.query,
        groups: body.groups,
        mode: body.mode,
        rangeStart: spec.startMs,
        rangeEnd: spec.endMs,
        status: snap.status,
        ...snap.statistics,
        costUsd: ticket.reused ? 0 : snap.costUsd,
        reused: ticket.reused,
      }).catch((error: unknown) => console.error("[watchwall] could not record a query in history:", error));
    });
  }
  return { id: ticket.id, reused: ticket.reused, range: { start: spec.startMs, end: spec.endMs } };
}

export type { StartLogsQuery };

function fieldsOf(rows: readonly Record<string, string>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** The events of a ticket's run, from its current state until it ends (or the reader stops). */
export async function* streamTicket(ticket: Ticket, signal: AbortSignal): AsyncGenerator<LogsStreamEvent> {
  const runs = sharedRuns();
  const detach = runs.attach(ticket);
  let wake: (() => void) | undefined;
  const unsubscribe = ticket.run.subscribe(() => wake?.());
  const onAbort = () => wake?.();
  signal.addEventListener("abort", onAbort);
  let sentRows = -1;
  try {
    for (;;) {
      const changed = new Promise<void>((resolve) => (wake = resolve));
      const snap = ticket.run.snapshot();
      yield {
        type: "progress",
        status: snap.status,
        scopes: snap.scopes.map((s) => ({
          accountId: s.accountId,
          region: s.region,
          status: s.status,
          statistics: s.statistics,
          rowCount: s.rowCount,
          ...(s.error ? { error: s.error } : {}),
        })),
        statistics: snap.statistics,
        costUsd: snap.costUsd,
        rowCount: snap.rows.length,
        truncated: snap.truncated,
        limit: snap.limit,
        viewers: runs.viewers(ticket.run),
        reused: ticket.reused,
        startedAt: snap.startedAt,
        ...(snap.finishedAt ? { finishedAt: snap.finishedAt } : {}),
        ...(snap.error ? { error: snap.error } : {}),
      };
      if (snap.rowsVersion !== sentRows) {
        sentRows = snap.rowsVersion;
        yield { type: "rows", rows: snap.rows, fields: fieldsOf(snap.rows) };
      }
      if (ticket.run.finished) {
        yield { type: "end", status: snap.status };
        return;
      }
      if (signal.aborted) return;
      await changed;
      // Coalesce bursts of updates: at most a few events a second per viewer.
      await new Promise((r) => setTimeout(r, 150));
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    unsubscribe();
    detach();
  }
}
