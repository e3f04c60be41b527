import { DashboardList } from "@/components/dashboards/DashboardList";

export const metadata = { title: "Dashboards" };

export default function DashboardsPage() {
  return (
    <>
      <h1 className="page-title">Dashboards</h1>
      <DashboardList />
    </>
  );
}
