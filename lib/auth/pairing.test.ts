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
