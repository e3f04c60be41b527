"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/Dialog";
import {
  dashboardKeys,
  dashboardVersionsQuery,
  restoreVersionRequest,
  type SavedDashboardJson,
} from "@/lib/client/dashboards";
import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./editor.module.css";
import viewStyles from "./view.module.css";

/** Every saved version; restoring one saves it again as the newest, so history only grows. */
export function VersionHistory({
  dashboard,
  onClose,
}: {
  dashboard: SavedDashboardJson;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const versions = useQuery(dashboardVersionsQuery(dashboard.id, dashboard.version));
  const restore = useMutation({
    mutationFn: (version: number) => restoreVersionRequest(dashboard.id, version, dashboard.version),
    onSuccess: async (restored) => {
      client.setQueryData(dashboardKeys.one(dashboard.id), restored);
      await client.invalidateQueries({ queryKey: dashboardKeys.all });
      onClose();
    },
  });
  return (
    <Dialog title="Version history" onClose={onClose}>
      {versions.isPending && <p className={viewStyles.muted}>Loading…</p>}
      {versions.error && <p className={styles.problem}>{versions.error.message}</p>}
      {restore.error && (
        <p className={styles.problem} role="alert">
          {restore.error.message}
        </p>
      )}
      <table className={styles.queries}>
        <tbody>
          {versions.data?.versions.map((v) => (
            <tr key={v.version} data-testid={TEST_IDS.versionRow}>
              <td>v{v.version}</td>
              <td>{v.name}</td>
              <td>{v.message}</td>
              <td data-testid={TEST_IDS.versionAuthor}>{v.author || "—"}</td>
              <td>{new Date(v.createdAt).toLocaleString()}</td>
              <td>
                {v.version === dashboard.version ? (
                  <span className={viewStyles.muted}>current</span>
                ) : (
                  <button
                    type="button"
                    className={viewStyles.button}
                    disabled={restore.isPending}
                    onClick={() => restore.mutate(v.version)}
                  >
                    Restore
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
