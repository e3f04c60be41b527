import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/lib/testing/database";
import { DASHBOARD_BODY_LIMIT } from "@/lib/server/body-limits";
import { createEmptyDocument } from "@/lib/dashboards/model";
import { POST as create } from "./route";
import { PUT as save } from "./[id]/route";
import { POST as restore } from "./[id]/versions/[version]/restore/route";
import { POST as importBody } from "./import/route";

// Items 8–10 of issue 9, through the route handlers against a real PostgreSQL: every hostile body is a 4xx
// that names the field, and nothing hangs.

withMigratedDatabase();

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/dashboards", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe("dashboard routes refuse bad input with a 4xx naming the field", () => {
  it("refuses NUL and lone surrogates in any string (PostgreSQL cannot store them)", async () => {
    const nul = await create(post(JSON.stringify({ name: "a\u0000b", tags: [] })));
    expect(nul.status).toBe(400);
    expect((await errorOf(nul)).message).toMatch(/^name: .*NUL/);
    const surrogate = await create(post(`{"name":"ok","tags":[],"document":{"title":"x\\ud800y"}}`));
    expect(surrogate.status).toBe(400);
    expect((await errorOf(surrogate)).message).toMatch(/^document\.title: .*surrogate/);
  });

  it("refuses 5,000 levels of nesting with a 400, not a RangeError", async () => {
    const deep = `{"name":"deep","tags":[],"document":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const response = await create(post(deep));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/^document(\.0)+: nests deeper than 64 levels/);
  });

  it("refuses versions ≥ 2^31 in the body and in the path", async () => {
    const created = (await (await create(post(JSON.stringify({ name: "versions", tags: [] })))).json()) as {
      id: string;
    };
    const saved = await save(
      new Request("http://localhost/x", {
        method: "PUT",
        body: JSON.stringify({ name: "v", tags: [], baseVersion: 2 ** 31, document: createEmptyDocument() }),
      }),
      context(created.id),
    );
    expect(saved.status).toBe(400);
    expect((await errorOf(saved)).message).toMatch(/^baseVersion:/);
    const restored = await restore(
      new Request("http://localhost/x", { method: "POST", body: JSON.stringify({ baseVersion: 1 }) }),
      { params: Promise.resolve({ id: created.id, version: String(2 ** 31) }) },
    );
    expect(restored.status).toBe(400);
    expect((await errorOf(restored)).message).toMatch(/^version:/);
  });

  it("answers 413 before reading a body larger than the route's limit", async () => {
    const declared = await create(post("{}", { "content-length": String(100 * 1024 * 1024) }));
    expect(declared.status).toBe(413);
    const streamed = await create(
      post(JSON.stringify({ name: "big", tags: [], description: "x".repeat(DASHBOARD_BODY_LIMIT) })),
    );
    expect(streamed.status).toBe(413);
    expect((await errorOf(streamed)).code).toBe("payload_too_large");
  });

  it("refuses an imported widget at y ≈ 2^53 at once instead of looping forever", async () => {
    const body = {
      widgets: [
        { type: "text", x: 0, y: 2 ** 53 - 1, width: 6, height: 6, properties: { markdown: "a" } },
        { type: "text", properties: { markdown: "b" } },
      ],
    };
    const response = await importBody(
      new Request("http://localhost/x", { method: "POST", body: JSON.stringify({ name: "huge", body }) }),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("/widgets/0/y");
  });
});
