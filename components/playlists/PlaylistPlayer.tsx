"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { DashboardView } from "@/components/dashboard-view/DashboardView";
import { OuterKioskShell, useKioskParams } from "@/components/kiosk/KioskContext";
import { KioskShell } from "@/components/kiosk/KioskShell";
import { useSelfHealing } from "@/components/kiosk/use-self-healing";
import { playlistQuery } from "@/lib/client/playlists";
import { LOCAL_TIME_ZONE } from "@/lib/time";
import styles from "./playlists.module.css";

/** [I] How often a playing playlist re-reads itself (a tag's dashboards change; the playlist may be edited). */
const PLAYLIST_RELOAD_MS = 5 * 60_000;

/**
 * Plays a playlist: one dashboard at a time, switching every interval. The next dashboard is already mounted
 * (hidden) and fetching, so the switch shows it fully drawn at once.
 */
export function PlaylistPlayer({ id }: { id: string }) {
  const playlist = useQuery({ ...playlistQuery(id), refetchInterval: PLAYLIST_RELOAD_MS });
  const params = useKioskParams();
  const router = useRouter();
  const pathname = usePathname();
  const [index, setIndex] = useState(0);
  const [updatedAt, setUpdatedAt] = useState<number>();
  const items = playlist.data?.items ?? [];
  const intervalMs = (playlist.data?.intervalSeconds ?? 0) * 1000;
  const count = items.length;
  useSelfHealing(params.kiosk);

  // A kiosk playlist opened without ?kiosk starts in kiosk mode once; leaving it (Escape) is then respected.
  const enteredKiosk = useRef(false);
  useEffect(() => {
    if (enteredKiosk.current || !playlist.data) return;
    enteredKiosk.current = true;
    const search = new URLSearchParams(window.location.search);
    if (playlist.data.kiosk && !search.has("kiosk")) {
      const rest = search.toString();
      router.replace(`${pathname}?kiosk${rest ? `&${rest}` : ""}`);
    }
  }, [playlist.data, pathname, router]);

  useEffect(() => {
    if (count < 2 || intervalMs <= 0) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), intervalMs);
    return () => clearInterval(timer);
  }, [count, intervalMs]);

  if (playlist.isPending) return <p className="muted">Loading playlist…</p>;
  if (playlist.error && !playlist.data)
    return <p className="status-error">Could not load this playlist: {playlist.error.message}</p>;
  if (count === 0) return <p className="muted">This playlist has no dashboards to show.</p>;

  const position = index % count;
  const current = items[position];
  const next = items[(position + 1) % count];
  const slots = [current, next].filter(
    (item, i, all): item is NonNullable<typeof item> => item !== undefined && all.indexOf(item) === i,
  );
  const caption = (
    <span className={styles.caption} data-testid="playlist-caption">
      {playlist.data?.name} · {current?.name} ({position + 1}/{count})
    </span>
  );
  const stage = (kiosk: boolean) => (
    <div className={styles.stage} data-testid="playlist-stage">
      {slots.map((item) => {
        const active = item.id === current?.id;
        return (
          <div
            key={item.id}
            className={`${kiosk ? styles.slot : styles.slotNormal} ${active ? "" : styles.preloading}`}
            data-testid="playlist-slot"
            data-dashboard-id={item.id}
            data-active={active ? "true" : "false"}
            aria-hidden={!active}
            inert={!active}
          >
            {kiosk ? (
              <OuterKioskShell {...(active ? { onUpdated: setUpdatedAt } : {})}>
                <DashboardView id={item.id} startEditing={false} />
              </OuterKioskShell>
            ) : (
              <DashboardView id={item.id} startEditing={false} />
            )}
          </div>
        );
      })}
    </div>
  );

  if (params.kiosk) {
    return (
      <KioskShell
        params={params}
        fit="screen"
        timezone={LOCAL_TIME_ZONE}
        {...(updatedAt ? { updatedAt } : {})}
        controls={caption}
      >
        {stage(true)}
      </KioskShell>
    );
  }
  return (
    <div>
      <h1 className="page-title">{playlist.data?.name}</h1>
      <p>{caption}</p>
      {stage(false)}
    </div>
  );
}
