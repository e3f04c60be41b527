import { beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "./principal";
import { InProcessPushBus } from "@/lib/push/in-process-bus";
import {
  cachedSession,
  forgetSessions,
  forgetSessionsOnChange,
  SESSION_CACHE_MS,
  SESSIONS_CHANGED_CHANNEL,
  sessionsChanged,
  type FoundSession,
} from "./session-cache";

const viewer: Principal = { kind: "user", id: "u1", userId: "u1", name: "v@x.test", role: "viewer" };

function counted(answer: () => FoundSession) {
  const calls = { n: 0 };
  const find = async () => {
    calls.n++;
    return answer();
  };
  return { calls, find };
}

beforeEach(() => forgetSessions());

describe("cachedSession", () => {
  it("looks a valid session up once for concurrent requests and keeps it for SESSION_CACHE_MS", async () => {
    let now = 1_000_000;
    const clock = () => now;
    const { calls, find } = counted(() => ({ lookup: { status: "valid", principal: viewer } }));
    const answers = await Promise.all(Array.from({ length: 50 }, () => cachedSession("h1", find, clock)));
    expect(calls.n).toBe(1);
    expect(answers.every((a) => a.status === "valid")).toBe(true);
    now += SESSION_CACHE_MS - 1;
    await cachedSession("h1", find, clock);
    expect(calls.n).toBe(1);
    now += 1;
    await cachedSession("h1", find, clock);
    expect(calls.n).toBe(2);
  });

  it("forgets every kept session when sessions are revoked", async () => {
    const { calls, find } = counted(() => ({ lookup: { status: "valid", principal: viewer } }));
    await cachedSession("h2", find);
    forgetSessions();
    await cachedSession("h2", find);
    expect(calls.n).toBe(2);
  });

  it("does not keep an answer whose lookup was running when sessions were revoked", async () => {
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { calls, find } = counted(() => ({ lookup: { status: "valid", principal: viewer } }));
    const slow = cachedSession("h3", async () => {
      await gate;
      return find();
    });
    forgetSessions();
    release?.();
    await slow;
    await cachedSession("h3", find);
    expect(calls.n).toBe(2);
  });

  it("keeps no invalid or revoked session, and nothing past the session's own expiry", async () => {
    let now = 5_000;
    const clock = () => now;
    const revoked = counted(() => ({ lookup: { status: "revoked_display" } }));
    expect((await cachedSession("h4", revoked.find, clock)).status).toBe("revoked_display");
    await cachedSession("h4", revoked.find, clock);
    expect(revoked.calls.n).toBe(2);

    const expiring = counted(() => ({
      lookup: { status: "valid", principal: viewer },
      expiresAt: now + 500,
    }));
    await cachedSession("h5", expiring.find, clock);
    now += 500;
    await cachedSession("h5", expiring.find, clock);
    expect(expiring.calls.n).toBe(2);
  });

  it("keeps no failed lookup", async () => {
    let fail = true;
    const find = async (): Promise<FoundSession> => {
      if (fail) throw new Error("database down");
      return { lookup: { status: "valid", principal: viewer } };
    };
    await expect(cachedSession("h6", find)).rejects.toThrow("database down");
    fail = false;
    expect((await cachedSession("h6", find)).status).toBe("valid");
  });

  it("tells the other replicas when sessions change, and forgets its own when another one does", async () => {
    const bus = new InProcessPushBus();
    const notices: string[] = [];
    bus.subscribe(SESSIONS_CHANGED_CHANNEL, (payload) => notices.push(payload));
    const stop = forgetSessionsOnChange(bus);
    const { calls, find } = counted(() => ({ lookup: { status: "valid", principal: viewer } }));
    await cachedSession("h7", find);
    // Another replica revoked a session: its notice reaches this one through the bus.
    await bus.publish(SESSIONS_CHANGED_CHANNEL, "");
    await cachedSession("h7", find);
    expect(calls.n).toBe(2);
    sessionsChanged(bus);
    expect(notices).toHaveLength(2);
    await cachedSession("h7", find);
    expect(calls.n).toBe(3);
    stop();
  });
});
