import Link from "next/link";
import { checkHealth } from "@/lib/server/health";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { getPrincipal } from "@/lib/auth/context";
import { TEST_IDS } from "@/lib/testing/test-ids";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [health, principal] = await Promise.all([checkHealth(), getPrincipal()]);
  const items = NAV_ITEMS.filter(
    (item) => !item.adminOnly || (principal?.role === "admin" && !principal.scope),
  );
  return (
    <>
      <h1 className="page-title">Watchwall</h1>
      <section className="card" aria-label="System status" data-testid={TEST_IDS.systemStatus}>
        <p>
          Database:{" "}
          <span className={health.database.status === "ok" ? "status-ok" : "status-error"}>
            {health.database.status === "ok" ? "connected" : health.database.error}
          </span>
        </p>
        <p>
          AWS:{" "}
          <strong>
            {health.aws.mode === "simulator" ? "built-in simulator (demo accounts)" : "real AWS"}
          </strong>{" "}
          <span className={health.aws.status === "ok" ? "status-ok" : "status-error"}>
            {health.aws.status === "ok" ? "reachable" : health.aws.error}
          </span>
        </p>
      </section>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
