import type { AlarmState } from "@/lib/alarms/model";
import styles from "./alarms.module.css";

const LABELS: Record<AlarmState, string> = {
  ALARM: "In alarm",
  OK: "OK",
  INSUFFICIENT_DATA: "Insufficient data",
};

export function AlarmStateBadge({ state }: { state: AlarmState }) {
  return (
    <span className={`${styles.state} ${styles[state]}`} data-state={state}>
      {LABELS[state]}
    </span>
  );
}

export { LABELS as ALARM_STATE_LABELS };
