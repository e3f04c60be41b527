import { AccountsSettings } from "@/components/accounts/AccountsSettings";

export const metadata = { title: "Settings" };

export default function Page() {
  return (
    <>
      <h1 className="page-title">Settings</h1>
      <AccountsSettings />
    </>
  );
}
