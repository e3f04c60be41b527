import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { deployMigrations } from "@/lib/db/migrations/migrate";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh, empty database in the test server; `migrate` applies the project's migrations to it. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = inject("testDatabaseUrl");
  const name = `test_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  if (options.migrate) await deployMigrations(url);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * For integration tests of lib/ code that uses the shared Prisma client: a migrated database of its own,
 * made the process's DATABASE_URL before the tests and dropped after them.
 */
export function withMigratedDatabase(): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: true });
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db().$disconnect();
    await database?.drop();
  });
}
