"use client";

import { useEffect, useState } from "react";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { refreshPausedReason } from "@/lib/client/metrics";
import type { RefreshInterval, TimeRange } from "@/lib/time";
import styles from "./view.module.css";

/** [I] How often the indicator re-checks whether the range has passed into the settled past. */
const RECHECK_MS = 30_000;

/** Says why auto-refresh is not running although it is set (a range entirely in the past). */
export function RefreshPaused({ range, refresh }: { range: TimeRange; refresh: RefreshInterval }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), RECHECK_MS);
    return () => clearInterval(timer);
  }, []);
  const reason = refreshPausedReason(range, refresh, now);
  if (!reason) return null;
  return (
    <p className={styles.scope} role="status" data-testid={TEST_IDS.refreshPaused}>
      ⏸ {reason}
    </p>
  );
}
