import Link from "next/link";
import { can, useMe } from "@/lib/client/auth";
import styles from "./view.module.css";

/** What an empty dashboard shows instead of a blank page: how to put the first widget on it. */
export function EmptyDashboardHint({ editing, onEdit }: { editing: boolean; onEdit: () => void }) {
  // Viewers and wall screens cannot edit: they are told the dashboard is empty, not offered an Edit button.
  const canEdit = can(useMe().data, "editor");
  return (
    <div className={styles.empty} data-testid="empty-dashboard">
      <h2>This dashboard is empty</h2>
      {editing ? (
        <p>
          Choose a widget type in <strong>Add widget…</strong> above: a line, area or bar graph, a number,
          gauge, pie, table or Markdown text. Then pick metrics from any registered account and Region and
          press <strong>Save</strong>.
        </p>
      ) : canEdit ? (
        <p>
          <button type="button" className={`${styles.button} ${styles.primary}`} onClick={onEdit}>
            Edit
          </button>{" "}
          to add widgets, or graph metrics in <Link href="/explore">Explore</Link> and use{" "}
          <strong>Add to dashboard</strong>.
        </p>
      ) : null}
      <p className={styles.muted}>
        Or import the JSON of a CloudWatch dashboard from the <Link href="/dashboards">dashboard list</Link>.
      </p>
    </div>
  );
}
