import { AccountPanel } from "@/components/auth/AccountPanel";

export const metadata = { title: "Your account" };

export default function AccountPage() {
  return (
    <>
      <h1 className="page-title">Your account</h1>
      <AccountPanel />
    </>
  );
}
