import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onShutdown } from "@/lib/server/shutdown";
import { registerCollectedGauge } from "@/lib/telemetry/metrics";

// The one Prisma client of the server process. DATABASE_URL is set by the launcher (embedded PostgreSQL)
// or by the operator.

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
  onShutdown("database pool", () => client.$disconnect());
  return client;
}

export type { PrismaClient };
