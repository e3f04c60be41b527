import { PlaylistManager } from "@/components/playlists/PlaylistManager";

export const metadata = { title: "Playlists" };

export default function PlaylistsPage() {
  return (
    <>
      <h1 className="page-title">Playlists</h1>
      <PlaylistManager />
    </>
  );
}
