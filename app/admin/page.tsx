import { DisplaysAdmin } from "@/components/auth/DisplaysAdmin";
import { TokensAdmin } from "@/components/auth/TokensAdmin";
import { UsersAdmin } from "@/components/auth/UsersAdmin";

export const metadata = { title: "Users & access" };

export default function AdminPage() {
  return (
    <>
      <h1 className="page-title">Users &amp; access</h1>
      <UsersAdmin />
      <TokensAdmin />
      <DisplaysAdmin />
    </>
  );
}
