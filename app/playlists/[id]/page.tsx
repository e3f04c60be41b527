import { Suspense } from "react";
import { PlaylistPlayer } from "@/components/playlists/PlaylistPlayer";

export const metadata = { title: "Playlist" };

export default async function PlaylistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<p className="muted">Loading playlist…</p>}>
      <PlaylistPlayer id={id} />
    </Suspense>
  );
}
