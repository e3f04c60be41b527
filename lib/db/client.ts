import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

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
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
