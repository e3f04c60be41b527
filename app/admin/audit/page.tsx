import { AuditLog } from "@/components/auth/AuditLog";

export const metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <>
      <h1 className="page-title">Audit log</h1>
      <AuditLog />
    </>
  );
}
