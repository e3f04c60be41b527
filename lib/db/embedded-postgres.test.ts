import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const PORT = 54391;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-embedded-"));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps data across a restart", async () => {
    const first = await startEmbeddedPostgres({ dataDir: dir, port: PORT });
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('survives')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir: dir, port: PORT });
    expect(await query<{ v: string }>(second.url, "SELECT v FROM kept")).toEqual([{ v: "survives" }]);
    await second.stop();
  });

  it("recovers when the previous launcher died and left its server running", async () => {
    const orphan = await startEmbeddedPostgres({ dataDir: dir, port: PORT });
    // Never stopped: like a launcher killed with SIGKILL, whose daemonised postgres lives on.
    void orphan;
    const next = await startEmbeddedPostgres({ dataDir: dir, port: PORT });
    expect(await query<{ v: string }>(next.url, "SELECT v FROM kept")).toEqual([{ v: "survives" }]);
    await next.stop();
  });

  it("recovers from a stale postmaster.pid whose PID now belongs to another process", async () => {
    const sleeper = spawn("sleep", ["30"]);
    const pidFile = path.join(dir, "postgres", "postmaster.pid");
    fs.writeFileSync(pidFile, `${sleeper.pid}\n${path.join(dir, "postgres")}\n0\n${PORT}\n`);
    try {
      const server = await startEmbeddedPostgres({ dataDir: dir, port: PORT });
      expect(await query<{ v: string }>(server.url, "SELECT v FROM kept")).toEqual([{ v: "survives" }]);
      await server.stop();
    } finally {
      sleeper.kill();
    }
  });

  it("explains a port that is already taken", async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "watchwall-embedded-other-"));
    const holder = await startEmbeddedPostgres({ dataDir: dir, port: PORT });
    try {
      await expect(startEmbeddedPostgres({ dataDir: other, port: PORT })).rejects.toThrow(
        /port 54391.*WATCHWALL_PG_PORT/,
      );
    } finally {
      await holder.stop();
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
