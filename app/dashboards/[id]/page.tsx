import { Suspense } from "react";
import { KioskPolicyProvider } from "@/components/kiosk/KioskContext";
import { getPrincipal } from "@/lib/auth/context";
import { DashboardView } from "@/components/dashboard-view/DashboardView";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { edit } = await searchParams;
  // Wall screens (display sessions) stay in kiosk mode: they have nowhere else to go.
  const canExitKiosk = (await getPrincipal())?.kind !== "display";
  return (
    <KioskPolicyProvider canExit={canExitKiosk}>
      <Suspense fallback={<p className="muted">Loading dashboard…</p>}>
        <DashboardView id={id} startEditing={edit === "1"} />
      </Suspense>
    </KioskPolicyProvider>
  );
}
