import { Suspense } from "react";
import { KioskPolicyProvider } from "@/components/kiosk/KioskContext";
import { getPrincipal } from "@/lib/auth/context";
import { PlaylistPlayer } from "@/components/playlists/PlaylistPlayer";

export const metadata = { title: "Playlist" };

export default async function PlaylistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Wall screens (display sessions) stay in kiosk mode: they have nowhere else to go.
  const canExitKiosk = (await getPrincipal())?.kind !== "display";
  return (
    <KioskPolicyProvider canExit={canExitKiosk}>
      <Suspense fallback={<p className="muted">Loading playlist…</p>}>
        <PlaylistPlayer id={id} />
      </Suspense>
    </KioskPolicyProvider>
  );
}
