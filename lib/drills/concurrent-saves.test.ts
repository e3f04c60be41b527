import { beforeAll, describe, expect, it } from "vitest";
import { PUT } from "@/app/api/dashboards/[id]/route";
import { db } from "@/lib/db/client";
import { createDashboard, getDashboard } from "@/lib/dashboards/repository";
import { createEmptyDocument } from "@/lib/dashboards/model/new-document";
import { withMigratedDatabase } from "@/lib/testing/database";

// Drill: 1,000 concurrent saves of one dashboard through PUT /api/dashboards/[id] on a real PostgreSQL.
// Optimistic concurrency must let exactly one save per base version through and answer every other one 409
// (never 5xx), with no lost update and no duplicated version number.

withMigratedDatabase();

const SAVES = 1_000;
let id: string;

beforeAll(async () => {
  id = (await createDashboard({ name: "Contended", tags: [] }, createEmptyDocument())).id;
});

function put(baseVersion: number, n: number) {
  return PUT(
    new Request(`http://localhost/api/dashboards/${id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "Contended",
        tags: [],
        baseVersion,
        document: { ...createEmptyDocument(), title: `save ${n}` },
        message: `save ${n}`,
      }),
    }),
    { params: Promise.resolve({ id }) },
  );
}

describe("drill: concurrent saves of one dashboard", () => {
  it(`${SAVES} saves on one base version: one wins, the rest get 409, no 5xx`, async () => {
    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: SAVES }, (_, n) => put(1, n)));
    const statuses = new Map<number, number>();
    for (const r of responses) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    console.log(
      `${SAVES} concurrent saves in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(statuses.get(200)).toBe(1);
    expect(statuses.get(409)).toBe(SAVES - 1);
    const winner = responses.find((r) => r.status === 200);
    const body = (await winner?.json()) as { version: number; document: { title: string } };
    const saved = await getDashboard(id);
    expect(saved.version).toBe(2);
    expect(saved.document.title).toBe(body.document.title);
    const versions = await db().dashboardVersion.findMany({ where: { dashboardId: id } });
    expect(versions.filter((v) => v.version === 2)).toHaveLength(1);
  }, 180_000);

  it("writers that retry on 409 lose no update and never duplicate a version", async () => {
    const writers = 40;
    const start = (await getDashboard(id)).version;
    const started = performance.now();
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: writers }, async (_, n) => {
        for (;;) {
          const base = (await getDashboard(id)).version;
          const response = await put(base, 10_000 + n);
          if (response.status === 200) return;
          expect(response.status).toBe(409);
          conflicts++;
        }
      }),
    );
    const versions = await db().dashboardVersion.findMany({
      where: { dashboardId: id },
      orderBy: { version: "asc" },
    });
    const numbers = versions.map((v) => v.version);
    console.log(
      `${writers} retrying writers: ${conflicts} conflicts retried, versions ${start}→${(await getDashboard(id)).version} in ${Math.round(performance.now() - started)} ms`,
    );
    expect(new Set(numbers).size).toBe(numbers.length);
    expect((await getDashboard(id)).version).toBe(start + writers);
    const messages = new Set(versions.map((v) => v.message));
    for (let n = 0; n < writers; n++) expect(messages.has(`save ${10_000 + n}`)).toBe(true);
  }, 180_000);
});
