import { describe, expect, it } from "vitest";
import { InProcessPushBus } from "@/lib/push/in-process-bus";
import { EventHub } from "./event-hub";
import { parseSse, type SseMessage } from "./sse-format";

async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (messages: SseMessage[]) => boolean,
): Promise<SseMessage[]> {
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const messages = parseSse(text);
    if (done(messages)) return messages;
    const chunk = await reader.read();
    if (chunk.done) return parseSse(text);
    text += decoder.decode(chunk.value, { stream: true });
  }
}

describe("EventHub", () => {
  it("sends hello, channel messages with ids and heartbeats, and cleans up on abort", async () => {
    const bus = new InProcessPushBus();
    const hub = new EventHub(bus);
    const abort = new AbortController();
    let closed = 0;
    const reader = hub
      .stream({
        channel: "c",
        heartbeatMs: 10,
        hello: { buildId: "b1" },
        signal: abort.signal,
        onClose: () => closed++,
      })
      .getReader();
    const hello = await readUntil(reader, (m) => m.length >= 1);
    expect(hello[0]).toMatchObject({ event: "hello", retryMs: 3000 });
    expect(JSON.parse(hello[0]?.data ?? "")).toEqual({ buildId: "b1" });
    expect(hub.openStreams()).toBe(1);
    await bus.publish("c", '{"n":1}');
    await bus.publish("other", '{"n":2}');
    const got = await readUntil(
      reader,
      (m) => m.some((x) => x.event === "message") && m.some((x) => x.event === "heartbeat"),
    );
    const messages = got.filter((m) => m.event === "message");
    expect(messages.map((m) => m.data)).toEqual(['{"n":1}']);
    expect(messages[0]?.id).toMatch(/^[0-9a-z]+\.\d+$/);
    abort.abort();
    expect(hub.openStreams()).toBe(0);
    expect(hub.channelCount()).toBe(0);
    expect(closed).toBe(1);
  });

  it("replays what a reconnecting screen missed, and asks for a resync when it cannot know", async () => {
    const bus = new InProcessPushBus();
    const hub = new EventHub(bus);
    const keep = new AbortController();
    // A second screen keeps the channel (and its buffer) alive while the first is away.
    void hub.stream({ channel: "c", heartbeatMs: 60_000, hello: {}, signal: keep.signal });
    const first = new AbortController();
    const reader = hub
      .stream({ channel: "c", heartbeatMs: 60_000, hello: {}, signal: first.signal })
      .getReader();
    await bus.publish("c", "one");
    const seen = await readUntil(reader, (m) => m.some((x) => x.event === "message"));
    const lastId = seen.find((m) => m.event === "message")?.id ?? "";
    first.abort();
    await bus.publish("c", "two");
    await bus.publish("c", "three");

    const resumed = new AbortController();
    const again = hub
      .stream({ channel: "c", heartbeatMs: 60_000, hello: {}, lastEventId: lastId, signal: resumed.signal })
      .getReader();
    const replay = await readUntil(again, (m) => m.filter((x) => x.event === "message").length >= 2);
    expect(replay.filter((m) => m.event === "message").map((m) => m.data)).toEqual(["two", "three"]);
    resumed.abort();

    const stranger = new AbortController();
    const other = hub
      .stream({ channel: "c", heartbeatMs: 60_000, hello: {}, lastEventId: "zzz.1", signal: stranger.signal })
      .getReader();
    const resync = await readUntil(other, (m) => m.some((x) => x.event === "resync"));
    expect(resync.some((m) => m.event === "resync")).toBe(true);
    stranger.abort();
    keep.abort();
    expect(hub.openStreams()).toBe(0);
  });

  it("ends every open stream at shutdown", async () => {
    const hub = new EventHub(new InProcessPushBus());
    const readers = [1, 2].map(() =>
      hub.stream({ channel: "c", heartbeatMs: 60_000, hello: {} }).getReader(),
    );
    expect(hub.openStreams()).toBe(2);
    hub.closeAll();
    expect(hub.openStreams()).toBe(0);
    for (const reader of readers) {
      let done = false;
      while (!done) done = (await reader.read()).done;
      expect(done).toBe(true);
    }
  });
});
