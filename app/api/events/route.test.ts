import { afterEach, describe, expect, it, vi } from "vitest";
import { parseSse, type SseMessage } from "@/lib/kiosk/sse-format";
import { eventStreamStats } from "@/lib/kiosk/server";
import { GET } from "./route";

// The route handler itself, without a dashboard (no database needed): headers, hello, heartbeats, validation,
// and that a stream the client abandons is released.

const streams: AbortController[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.abort();
  delete process.env.WATCHWALL_KIOSK_TEST_HOOKS;
});

async function open(query: string) {
  const abort = new AbortController();
  streams.push(abort);
  const response = await GET(new Request(`http://localhost/api/events?${query}`, { signal: abort.signal }));
  return { response, abort };
}

async function read(response: Response, until: (m: SseMessage[]) => boolean): Promise<SseMessage[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let text = "";
  while (!until(parseSse(text))) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  reader.releaseLock();
  return parseSse(text);
}

describe("GET /api/events", () => {
  it("streams hello and heartbeats unbuffered, and releases the stream when the client leaves", async () => {
    process.env.WATCHWALL_KIOSK_TEST_HOOKS = "1";
    const before = eventStreamStats().openStreams;
    const { response, abort } = await open("heartbeatMs=200");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const messages = await read(response, (m) => m.filter((x) => x.event === "heartbeat").length >= 2);
    expect(messages[0]?.event).toBe("hello");
    expect(JSON.parse(messages[0]?.data ?? "{}")).toHaveProperty("buildId");
    expect(eventStreamStats().openStreams).toBe(before + 1);
    abort.abort();
    await vi.waitFor(() => expect(eventStreamStats().openStreams).toBe(before), { timeout: 10_000 });
  });

  it("counts a dashboard's stream as one open screen of it until the stream closes", async () => {
    const { openScreens } = await import("@/lib/cost/open-screens");
    const dashboard = "6f1c2a9e-3b7d-4e21-9c4a-1d2e3f4a5b6c";
    expect(await openScreens(dashboard)).toBe(0);
    const first = await open(`dashboard=${dashboard}`);
    const second = await open(`dashboard=${dashboard}`);
    await open("heartbeatMs=200");
    await read(first.response, (m) => m.some((x) => x.event === "hello"));
    expect(await openScreens(dashboard)).toBe(2);
    first.abort.abort();
    await vi.waitFor(async () => expect(await openScreens(dashboard)).toBe(1), { timeout: 10_000 });
    second.abort.abort();
    await vi.waitFor(async () => expect(await openScreens(dashboard)).toBe(0), { timeout: 10_000 });
  });

  it("refuses test hooks unless enabled, and bad parameters, naming them", async () => {
    const hooks = await open("refreshMs=10");
    expect(hooks.response.status).toBe(400);
    expect(JSON.stringify(await hooks.response.json())).toContain("refreshMs");
    const width = await open("width=-5");
    expect(width.response.status).toBe(400);
    expect(JSON.stringify(await width.response.json())).toContain("width");
    const refresh = await open("refresh=7s");
    expect(refresh.response.status).toBe(400);
    expect(JSON.stringify(await refresh.response.json())).toContain("refresh");
  });
});
