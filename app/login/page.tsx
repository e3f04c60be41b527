import { LoginForm } from "@/components/auth/LoginForm";
import { authConfig } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/next-path";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next, error } = await searchParams;
  return (
    <LoginForm
      next={safeNextPath(typeof next === "string" ? next : undefined)}
      error={
        typeof error === "string"
          ? error === "sso_unavailable"
            ? "Single sign-on is unavailable right now"
            : error
          : undefined
      }
      sso={authConfig().oidc !== null}
    />
  );
}
