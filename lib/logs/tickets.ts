import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { SharedRuns, Ticket } from "./shared-runs";
import type { RunSpec } from "./types";

// Logs Insights tickets across replicas. A viewer starts a query on one replica and then reads its stream
// (or cancels it) with the ticket id; behind a load balancer that request may reach another replica. The
// ticket's plan is kept in PostgreSQL, so that replica opens the same run under the same id and streams it,
// instead of answering 404. The run is then started there (or shared with one it already has): a second
// StartQuery in the rare case the two replicas both run it, never a lost query.

/** [I] Tickets are swept this long after they were opened, whatever happened to them. */
export const TICKET_ROW_TTL_MS = 24 * 3_600_000;

function isRunSpec(value: unknown): value is RunSpec {
  if (typeof value !== "object" || value === null) return false;
  const spec = value as Partial<RunSpec>;
  return Array.isArray(spec.scopes) && typeof spec.startMs === "number" && typeof spec.endMs === "number";
}

/** Records a ticket opened here so any replica can find it; failures only cost that reach. */
export async function recordTicket(ticket: Ticket, spec: RunSpec): Promise<void> {
  await db().$transaction([
    db().logsTicket.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - TICKET_ROW_TTL_MS) } } }),
    db().logsTicket.create({
      data: {
        id: ticket.id,
        spec: spec as unknown as Prisma.InputJsonValue,
        ...(ticket.holder ? { holder: ticket.holder } : {}),
      },
    }),
  ]);
}

/** Who may read a ticket another replica opened (undefined: no replica knows it). */
export async function recordedTicket(id: string): Promise<{ holder?: string } | undefined> {
  const row = await db().logsTicket.findUnique({ where: { id }, select: { holder: true } });
  return row ? (row.holder ? { holder: row.holder } : {}) : undefined;
}

/** The ticket was released (on any replica): other replicas no longer open it. */
export async function forgetTicket(id: string): Promise<void> {
  await db().logsTicket.deleteMany({ where: { id } });
}

const adopting = new Map<string, Promise<Ticket | undefined>>();

/**
 * The ticket `id`: this replica's, or one another replica opened (then opened here under the same id, on the
 * same plan and holder). Undefined when no replica knows it (never opened, or released).
 */
export async function findTicket(runs: SharedRuns, id: string): Promise<Ticket | undefined> {
  const local = runs.get(id);
  if (local) return local;
  const pending = adopting.get(id);
  if (pending) return pending;
  const adoption = (async () => {
    const row = await db().logsTicket.findUnique({ where: { id } });
    if (!row || !isRunSpec(row.spec)) return undefined;
    return runs.get(id) ?? runs.open(row.spec, row.holder ?? undefined, id);
  })().finally(() => adopting.delete(id));
  adopting.set(id, adoption);
  return adoption;
}
