import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { deployMigrations, MIGRATIONS_DIR, pendingSchemaChanges, SCHEMA_PATH } from "./migrate";

describe("migrations (wasm schema engine, real PostgreSQL)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("applies every migration once, in Prisma's standard history table", async () => {
    const expected = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await deployMigrations(database.url)).toEqual(expected);
    expect(await deployMigrations(database.url)).toEqual([]);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const history = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    );
    await client.end();
    expect(history.rows.map((r) => r.migration_name)).toEqual(expected);
  });

  it("schema.prisma and the migrations agree (no drift)", async () => {
    expect(await pendingSchemaChanges(database.url)).toBe("");
  });

  it("detects drift when schema.prisma changes without a migration", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-schema-"));
    const changed = path.join(dir, "schema.prisma");
    fs.writeFileSync(
      changed,
      `${fs.readFileSync(SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`,
    );
    try {
      expect(await pendingSchemaChanges(database.url, changed)).toMatch(/CREATE TABLE "DriftProbe"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
