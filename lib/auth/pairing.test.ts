import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withMigratedDatabase } from "@/lib/testing/database";
import { createPairingCode, redeemPairingCode } from "./pairing";
import { startGateServer } from "./testing";

withMigratedDatabase();

describe("pairing codes", () => {
  it("pair one screen once, loosely typed, and expire", async () => {
    const { code } = await createPairingCode({ name: "Lobby", scope: { dashboards: ["d1"], playlists: [] } });
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const typed = code.toLowerCase().replace("-", " ");
    expect(await redeemPairingCode(typed)).toEqual({
      name: "Lobby",
      scope: { dashboards: ["d1"], playlists: [] },
    });
    expect(await redeemPairingCode(code)).toBeNull();

    const old = await createPairingCode({ name: "Old", scope: { dashboards: ["d1"], playlists: [] } });
    await db().pairingCode.updateMany({
      where: { name: "Old" },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await redeemPairingCode(old.code)).toBeNull();
  });
});

describe("anonymous viewing", () => {
  it("is off by default; when on, anonymous visitors see only the chosen dashboards", async () => {
    const closed = await startGateServer();
    try {
      expect((await fetch(`${closed.url}/api/dashboards/open-1`)).status).toBe(401);
    } finally {
      await closed.close();
    }
    const open = await startGateServer({ WATCHWALL_ANONYMOUS_DASHBOARDS: "open-1" });
    try {
      expect((await fetch(`${open.url}/api/dashboards/open-1`)).status).toBe(200);
      expect((await fetch(`${open.url}/dashboards/open-1`)).status).toBe(200);
      expect((await fetch(`${open.url}/api/dashboards/other`)).status).toBe(403);
      expect((await fetch(`${open.url}/api/dashboards`)).status).toBe(403);
      const write = await fetch(`${open.url}/api/dashboards/open-1`, {
        method: "PUT",
        headers: { origin: open.url, "content-type": "application/json" },
        body: "{}",
      });
      expect(write.status).toBe(403);
    } finally {
      await open.close();
    }
  });
});

describe("playlist scope", () => {
  it("a screen scoped to a playlist sees the dashboards the registered lookup says it contains", async () => {
    const { registerPlaylistLookup } = await import("./scope");
    const { displayCookie } = await import("./testing");
    registerPlaylistLookup(async (playlists, dashboard) => playlists.includes("p1") && dashboard === "in-p1");
    const server = await startGateServer();
    try {
      const cookie = await displayCookie([], ["p1"]);
      expect((await fetch(`${server.url}/api/dashboards/in-p1`, { headers: { cookie } })).status).toBe(200);
      expect((await fetch(`${server.url}/api/dashboards/elsewhere`, { headers: { cookie } })).status).toBe(
        403,
      );
      expect((await fetch(`${server.url}/playlists/p1`, { headers: { cookie } })).status).toBe(200);
      expect((await fetch(`${server.url}/playlists/p2`, { headers: { cookie } })).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
