export const metadata = { title: "AWS Health" };

export default function Page() {
  return <h1 className="page-title">AWS Health</h1>;
}
