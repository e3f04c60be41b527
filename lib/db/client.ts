import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerCollectedGauge } from "@/lib/telemetry/metrics";

// The one Prisma client of the server process. DATABASE_URL is set by the launcher (embedded PostgreSQL)
// or by the operator. The client lives on globalThis because Next.js bundles its own copy of this module:
// the launcher's disconnectDatabase() then closes the pool that route handlers opened.

const KEY = Symbol.for("watchwall.prisma");

export function db(): PrismaClient {
  const holder = globalThis as { [KEY]?: PrismaClient };
  const existing = holder[KEY];
  if (existing) return existing;
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set (the launcher sets it when it starts the embedded database)");
  // Our own pool (rather than the adapter's) so /metrics can report its use.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  registerCollectedGauge(
    "watchwall_db_pool_connections",
    "Connections of the server's database pool: total, idle, and requests waiting for one",
    ["state"],
    () => [
      { labels: { state: "total" }, value: pool.totalCount },
      { labels: { state: "idle" }, value: pool.idleCount },
      { labels: { state: "waiting" }, value: pool.waitingCount },
    ],
  );
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  holder[KEY] = client;
  return client;
}

/** Closes the pool if one was opened (the launcher calls this at shutdown); the next db() opens a new one. */
export async function disconnectDatabase(): Promise<void> {
  const holder = globalThis as { [KEY]?: PrismaClient };
  const client = holder[KEY];
  holder[KEY] = undefined;
  await client?.$disconnect();
}

export type { PrismaClient };
