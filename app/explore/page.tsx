export const metadata = { title: "Explore metrics" };

export default function Page() {
  return <h1 className="page-title">Explore metrics</h1>;
}
