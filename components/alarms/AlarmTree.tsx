import Link from "next/link";
import { compositeChildren, type AlarmTreeNode } from "@/lib/alarms/composite-tree";
import type { LocatedAlarm } from "@/lib/alarms/query";
import { AlarmStateBadge } from "./AlarmStateBadge";
import styles from "./alarms.module.css";

export function alarmHref(alarm: Pick<LocatedAlarm, "accountId" | "region" | "name">): string {
  const params = new URLSearchParams({ account: alarm.accountId, region: alarm.region, name: alarm.name });
  return `/alarms/detail?${params}`;
}

function Node({ node }: { node: AlarmTreeNode }) {
  return (
    <li data-testid="alarm-tree-child">
      {node.alarm ? (
        <>
          <AlarmStateBadge state={node.alarm.state} />{" "}
          <Link href={alarmHref(node.alarm)}>{node.alarm.name}</Link>
        </>
      ) : (
        <span className="muted">{node.ref} (not found in this account and Region)</span>
      )}
      {node.children.length > 0 && (
        <ul className={styles.tree}>
          {node.children.map((child) => (
            <Node key={child.ref} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** A composite alarm's rule as a tree of its children (and their children), each with its state. */
export function AlarmTree({ composite, all }: { composite: LocatedAlarm; all: readonly LocatedAlarm[] }) {
  const nodes = compositeChildren(composite, all);
  if (nodes.length === 0) return null;
  return (
    <details>
      <summary className="muted">Rule: {nodes.length} children</summary>
      <ul className={styles.tree}>
        {nodes.map((node) => (
          <Node key={node.ref} node={node} />
        ))}
      </ul>
    </details>
  );
}
