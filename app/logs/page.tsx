export const metadata = { title: "Logs" };

export default function Page() {
  return <h1 className="page-title">Logs</h1>;
}
