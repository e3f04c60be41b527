import Link from "next/link";
import styles from "./view.module.css";

/** What an empty dashboard shows instead of a blank page: how to put the first widget on it. */
export function EmptyDashboardHint({ editing, onEdit }: { editing: boolean; onEdit: () => void }) {
  return (
    <div className={styles.empty} data-testid="empty-dashboard">
      <h2>This dashboard is empty</h2>
      {editing ? (
        <p>
          Choose a widget type in <strong>Add widget…</strong> above: a line, area or bar graph, a number,
          gauge, pie, table or Markdown text. Then pick metrics from any registered account and Region and
          press <strong>Save</strong>.
        </p>
      ) : (
        <p>
          <button type="button" className={`${styles.button} ${styles.primary}`} onClick={onEdit}>
            Edit
          </button>{" "}
          to add widgets, or graph metrics in <Link href="/explore">Explore</Link> and use{" "}
          <strong>Add to dashboard</strong>.
        </p>
      )}
      <p className={styles.muted}>
        Or import the JSON of a CloudWatch dashboard from the <Link href="/dashboards">dashboard list</Link>.
      </p>
    </div>
  );
}
