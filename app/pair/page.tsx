import { PairForm } from "@/components/auth/PairForm";

export const metadata = { title: "Pair a screen" };
export const dynamic = "force-dynamic";

export default async function PairPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { revoked, token, code } = await searchParams;
  return (
    <PairForm
      revoked={revoked !== undefined}
      token={typeof token === "string" ? token : undefined}
      code={typeof code === "string" ? code : undefined}
    />
  );
}
