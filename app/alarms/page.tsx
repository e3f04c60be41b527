export const metadata = { title: "Alarms" };

export default function Page() {
  return <h1 className="page-title">Alarms</h1>;
}
