"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/Dialog";
import { api } from "@/lib/client/api";
import { dashboardKeys, type SavedDashboardJson } from "@/lib/client/dashboards";
import styles from "./editor.module.css";
import viewStyles from "./view.module.css";

interface VersionJson {
  version: number;
  name: string;
  message: string;
  createdAt: string;
  author: string;
}

/** Every saved version; restoring one saves it again as the newest, so history only grows. */
export function VersionHistory({
  dashboard,
  onClose,
}: {
  dashboard: SavedDashboardJson;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const versions = useQuery({
    queryKey: ["dashboards", "versions", dashboard.id, dashboard.version],
    queryFn: ({ signal }) =>
      api<{ versions: VersionJson[] }>(`/api/dashboards/${dashboard.id}/versions`, { signal }),
  });
  const restore = useMutation({
    mutationFn: (version: number) =>
      api<SavedDashboardJson>(`/api/dashboards/${dashboard.id}/versions/${version}/restore`, {
        body: { baseVersion: dashboard.version },
      }),
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
            <tr key={v.version} data-testid="version-row">
              <td>v{v.version}</td>
              <td>{v.name}</td>
              <td>{v.message}</td>
              <td data-testid="version-author">{v.author || "—"}</td>
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
