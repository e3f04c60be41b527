import { SetupForm } from "@/components/auth/SetupForm";

export const metadata = { title: "First start" };
export const dynamic = "force-dynamic";

export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token)
    return <p className="muted">Open the setup link the server printed when it started.</p>;
  return <SetupForm token={token} />;
}
