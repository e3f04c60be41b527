"use client";

import { useAccounts } from "@/lib/client/accounts";
import styles from "./view.module.css";

// The dashboard's default account and Region, in its header: what every widget without its own account reads.

export function DashboardScope({ accountId, region }: { accountId?: string; region: string }) {
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.accountId === accountId);
  let text: string;
  if (!accountId) text = "No default account chosen (Settings of this dashboard)";
  else if (account) text = `${account.name} (${accountId})`;
  else if (accounts.data) text = `${accountId} — not registered any more`;
  else text = accountId;
  const missing = !accountId || (accounts.data !== undefined && !account);
  return (
    <p className={styles.scope} data-testid="dashboard-scope" data-missing={missing ? "true" : "false"}>
      Reads <strong>{text}</strong> · <strong>{region}</strong> unless a widget names its own
    </p>
  );
}
