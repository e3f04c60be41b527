import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { KioskPolicyProvider } from "@/components/kiosk/KioskContext";
import { getPrincipal } from "@/lib/auth/context";
import type { Principal } from "@/lib/auth/principal";
import { playlistsContain } from "@/lib/auth/scope";
import { GRID_WIDTH_COOKIES, gridWidthFrom } from "@/lib/client/grid-width";
import { savedDashboardSchema, type SavedDashboardJson } from "@/lib/contracts/dashboards";
import { DashboardNotFoundError, getDashboard } from "@/lib/dashboards/repository";
import { parseKioskParams } from "@/lib/kiosk/kiosk-params";
import { firstViewAnswers, type FirstViewAnswer } from "@/lib/first-view/metrics-answers";
import { decodeViewState } from "@/lib/time";
import { DashboardView } from "@/components/dashboard-view/DashboardView";

export const metadata = { title: "Dashboard" };

type SearchParams = Record<string, string | string[] | undefined>;

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

function urlParams(query: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, one);
  }
  return params;
}

/** The first answers as the browser's query cache holds them. */
function cacheWith(answers: readonly FirstViewAnswer[]) {
  const client = new QueryClient();
  for (const answer of answers) client.setQueryData(answer.queryKey, answer.data, { updatedAt: answer.at });
  return dehydrate(client);
}

async function DashboardWithFirstData({
  id,
  query,
  principal,
}: {
  id: string;
  query: SearchParams;
  principal: Principal | null;
}) {
  const initial = await initialDashboard(principal, id);
  const params = urlParams(query);
  const view = decodeViewState(params);
  const editing = params.get("edit") === "1";
  // A draft's widgets are not the saved ones, and a link with invalid view settings shows the defaults
  // after a warning: both are left to the browser.
  if (!initial || !principal || editing || !view.ok) {
    return <DashboardView id={id} startEditing={editing} {...(initial ? { initial } : {})} />;
  }
  const kiosk = parseKioskParams(params).kiosk;
  const width = gridWidthFrom(
    (await cookies()).get(kiosk ? GRID_WIDTH_COOKIES.kiosk : GRID_WIDTH_COOKIES.view)?.value,
  );
  const answers = await firstViewAnswers({
    dashboardId: id,
    document: initial.data.document,
    view: view.value,
    containerWidth: width,
    lazy: !kiosk,
    principal,
  });
  const dashboard = (
    <DashboardView
      id={id}
      startEditing={false}
      initial={initial}
      {...(answers.length > 0 ? { initialWidth: width } : {})}
    />
  );
  return answers.length > 0 ? (
    <HydrationBoundary state={cacheWith(answers)}>{dashboard}</HydrationBoundary>
  ) : (
    dashboard
  );
}

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const principal = await getPrincipal();
  // Wall screens (display sessions) stay in kiosk mode: they have nowhere else to go.
  const canExitKiosk = principal?.kind !== "display";
  // The page's frame streams at once; the dashboard follows with its first data (lib/metrics/first-view.ts).
  return (
    <KioskPolicyProvider canExit={canExitKiosk}>
      <Suspense fallback={<p className="muted">Loading dashboard…</p>}>
        <DashboardWithFirstData id={id} query={query} principal={principal} />
      </Suspense>
    </KioskPolicyProvider>
  );
}
