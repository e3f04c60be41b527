"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDashboardList } from "@/lib/client/dashboards";
import { playlistListQuery, useDeletePlaylist, useSavePlaylist } from "@/lib/client/playlists";
import type { PlaylistJson } from "@/lib/contracts/playlists";
import styles from "./playlists.module.css";

function playHref(playlist: PlaylistJson): string {
  return `/playlists/${playlist.id}${playlist.kiosk ? "?kiosk" : ""}`;
}

function PlaylistForm({ onSaved }: { onSaved: () => void }) {
  const dashboards = useDashboardList("", "");
  const save = useSavePlaylist();
  const [name, setName] = useState("");
  const [source, setSource] = useState<"dashboards" | "tag">("dashboards");
  const [chosen, setChosen] = useState<string[]>([]);
  const [tag, setTag] = useState("");
  const [interval, setInterval] = useState(30);
  const [kiosk, setKiosk] = useState(true);
  const all = dashboards.data?.dashboards ?? [];
  const nameOf = (id: string) => all.find((d) => d.id === id)?.name ?? id;

  const move = (index: number, delta: number) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(Math.max(0, Math.min(next.length, index + delta)), 0, item);
      return next;
    });

  return (
    <form
      className={styles.form}
      aria-label="New playlist"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          {
            input: { name, source, dashboardIds: chosen, tag, intervalSeconds: interval, kiosk },
          },
          {
            onSuccess: () => {
              setName("");
              setChosen([]);
              setTag("");
              onSaved();
            },
          },
        );
      }}
    >
      <h2 style={{ margin: 0 }}>New playlist</h2>
      <label className={styles.field}>
        Name
        <input className={styles.input} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className={styles.inline} role="radiogroup" aria-label="Dashboards to show">
        <label>
          <input type="radio" checked={source === "dashboards"} onChange={() => setSource("dashboards")} />{" "}
          These dashboards, in order
        </label>
        <label>
          <input type="radio" checked={source === "tag"} onChange={() => setSource("tag")} /> Every dashboard
          tagged
        </label>
      </div>
      {source === "dashboards" ? (
        <div className={styles.field}>
          <ol className={styles.list} aria-label="Chosen dashboards">
            {chosen.map((id, index) => (
              <li key={id} className={styles.row}>
                <span className={styles.name}>{nameOf(id)}</span>
                <button
                  type="button"
                  className={styles.button}
                  aria-label="Earlier"
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={styles.button}
                  aria-label="Later"
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={styles.button}
                  aria-label={`Remove ${nameOf(id)}`}
                  onClick={() => setChosen((list) => list.filter((x) => x !== id))}
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <select
            className={styles.input}
            aria-label="Add a dashboard"
            value=""
            onChange={(e) => e.target.value && setChosen((list) => [...list, e.target.value])}
          >
            <option value="">Add a dashboard…</option>
            {all
              .filter((d) => !chosen.includes(d.id))
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        </div>
      ) : (
        <label className={styles.field}>
          Tag
          <input className={styles.input} value={tag} onChange={(e) => setTag(e.target.value)} />
        </label>
      )}
      <div className={styles.inline}>
        <label className={styles.field}>
          Seconds per dashboard
          <input
            className={styles.input}
            type="number"
            min={5}
            value={interval}
            onChange={(e) => setInterval(Number(e.target.value))}
          />
        </label>
        <label>
          <input type="checkbox" checked={kiosk} onChange={(e) => setKiosk(e.target.checked)} /> Kiosk mode
        </label>
      </div>
      {save.error && (
        <p className={styles.error} role="alert">
          {save.error.message}
        </p>
      )}
      <div>
        <button type="submit" className={styles.primary} disabled={save.isPending}>
          Create playlist
        </button>
      </div>
    </form>
  );
}

/** The playlists page: every playlist with a Play link, and a form for a new one. */
export function PlaylistManager() {
  const playlists = useQuery(playlistListQuery());
  const remove = useDeletePlaylist();
  return (
    <>
      {playlists.error && <p className={styles.error}>Could not load playlists: {playlists.error.message}</p>}
      <ul className={styles.list} aria-label="Playlists">
        {(playlists.data?.playlists ?? []).map((p) => (
          <li key={p.id} className={styles.row} data-testid="playlist-row">
            <span className={styles.name}>{p.name}</span>
            <span className={styles.caption}>
              {p.source === "tag" ? `tag “${p.tag}”` : `${p.dashboardIds.length} dashboards`} · every{" "}
              {p.intervalSeconds} s{p.kiosk ? " · kiosk" : ""}
            </span>
            <Link href={playHref(p)} className={styles.primary}>
              Play
            </Link>
            <button
              type="button"
              className={styles.button}
              aria-label={`Delete ${p.name}`}
              onClick={() => window.confirm(`Delete the playlist “${p.name}”?`) && remove.mutate(p.id)}
            >
              Delete
            </button>
          </li>
        ))}
        {playlists.data?.playlists.length === 0 && <li className={styles.caption}>No playlists yet.</li>}
      </ul>
      <PlaylistForm onSaved={() => undefined} />
    </>
  );
}
