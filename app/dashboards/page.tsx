export const metadata = { title: "Dashboards" };

export default function Page() {
  return <h1 className="page-title">Dashboards</h1>;
}
