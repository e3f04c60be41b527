import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { drainable } from "./drain";

// SIGTERM used to close the database under running requests; the drain lets them finish first.

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

function start(delayMs: number) {
  const server = http.createServer((_req, res) => {
    setTimeout(() => res.end("done"), delayMs);
  });
  servers.push(server);
  const handle = drainable(server);
  return new Promise<{ server: http.Server; url: string; handle: typeof handle }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, handle }),
    ),
  );
}

describe("drainable", () => {
  it("lets a running request finish, refuses new connections, then resolves", async () => {
    const { url, handle } = await start(300);
    const running = fetch(url).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    expect(handle.inFlight()).toBe(1);
    const closed: string[] = [];
    const drained = handle.drain(5_000).then((result) => {
      closed.push("pool");
      return result;
    });
    await new Promise((r) => setTimeout(r, 20));
    await expect(fetch(url)).rejects.toThrow();
    expect(closed).toEqual([]);
    expect(await running).toBe("done");
    expect(await drained).toEqual({ finished: 1, cutOff: 0 });
    expect(closed).toEqual(["pool"]);
  });

  it("cuts off requests that outlive the bound", async () => {
    const { url, handle } = await start(10_000);
    const running = fetch(url).catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    expect(await handle.drain(200)).toEqual({ finished: 0, cutOff: 1 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await running).toBeInstanceOf(Error);
  });
});
