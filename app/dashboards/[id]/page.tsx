import { Suspense } from "react";
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
  return (
    <Suspense fallback={<p className="muted">Loading dashboard…</p>}>
      <DashboardView id={id} startEditing={edit === "1"} />
    </Suspense>
  );
}
