import { Suspense } from "react";
import { KioskPolicyProvider } from "@/components/kiosk/KioskContext";
import { getPrincipal } from "@/lib/auth/context";
import type { Principal } from "@/lib/auth/principal";
import { playlistsContain } from "@/lib/auth/scope";
import { savedDashboardSchema, type SavedDashboardJson } from "@/lib/contracts/dashboards";
import { DashboardNotFoundError, getDashboard } from "@/lib/dashboards/repository";
import { DashboardView } from "@/components/dashboard-view/DashboardView";

export const metadata = { title: "Dashboard" };

/**
 * The same rule as GET /api/dashboards/[id] (lib/auth/route-policy.ts; the gate already applied it to this
 * page): a signed-in viewer, or a display whose scope names the dashboard or a playlist holding it.
 */
async function mayRead(principal: Principal | null, id: string): Promise<boolean> {
  if (!principal) return false;
  if (!principal.scope) return true;
  return principal.scope.dashboards.includes(id) || playlistsContain(principal.scope.playlists, id);
}

/**
 * The dashboard as GET /api/dashboards/[id] answers it, so the browser's query cache starts with it and the
 * grid is in the HTML instead of after hydration and a second request. Undefined (the browser fetches it
 * and shows the usual not-found or error) when it is missing or unreadable.
 */
async function initialDashboard(
  principal: Principal | null,
  id: string,
): Promise<{ data: SavedDashboardJson; at: number } | undefined> {
  if (!(await mayRead(principal, id))) return undefined;
  try {
    const at = Date.now();
    return { data: savedDashboardSchema.parse(JSON.parse(JSON.stringify(await getDashboard(id)))), at };
  } catch (error) {
    if (error instanceof DashboardNotFoundError) return undefined;
    throw error;
  }
}

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { edit } = await searchParams;
  const principal = await getPrincipal();
  // Wall screens (display sessions) stay in kiosk mode: they have nowhere else to go.
  const canExitKiosk = principal?.kind !== "display";
  const initial = await initialDashboard(principal, id);
  return (
    <KioskPolicyProvider canExit={canExitKiosk}>
      <Suspense fallback={<p className="muted">Loading dashboard…</p>}>
        <DashboardView id={id} startEditing={edit === "1"} {...(initial ? { initial } : {})} />
      </Suspense>
    </KioskPolicyProvider>
  );
}
