import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onShutdown } from "@/lib/server/shutdown";

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
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  holder[KEY] = client;
  onShutdown("database pool", () => client.$disconnect());
  return client;
}

export type { PrismaClient };
