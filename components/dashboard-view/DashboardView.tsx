"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { ApiError } from "@/lib/client/api";
import { useContainerWidth } from "@/lib/client/container-width";
import {
  dashboardKeys,
  metadataOf,
  saveDashboardRequest,
  useDashboard,
  type DashboardMetadataInput,
  type SavedDashboardJson,
} from "@/lib/client/dashboards";
import { createWidget } from "@/lib/client/dashboard-draft";
import { plotWidths } from "@/lib/client/grid";
import { useMetricsView } from "@/lib/client/metrics";
import { useViewState } from "@/lib/client/view-state";
import type { DashboardDocument, Widget } from "@/lib/dashboards/model";
import { LOCAL_TIME_ZONE, shareViewState, type ViewState } from "@/lib/time";
import { DashboardGrid } from "./DashboardGrid";
import { confirmCostRise } from "./confirm-cost-rise";
import { DashboardSettings } from "./DashboardSettings";
import { VariablesBar } from "./VariablesBar";
import { VersionHistory } from "./VersionHistory";
import { DashboardToolbar } from "./DashboardToolbar";
import { WidgetEditor } from "./WidgetEditor";
import styles from "./view.module.css";

function defaultRegion(document: DashboardDocument): string {
  const metric = document.widgets.find((w) => "region" in w);
  return metric && "region" in metric ? metric.region : "us-east-1";
}

interface Conflict {
  theirs: SavedDashboardJson;
}

/** A saved dashboard: URL-driven view state, one metrics request for all widgets, drill-down, editing. */
export function DashboardView({ id, startEditing }: { id: string; startEditing: boolean }) {
  const dashboard = useDashboard(id);
  if (dashboard.isPending) return <p className="muted">Loading dashboard…</p>;
  if (dashboard.error || !dashboard.data) {
    return (
      <p className="status-error">Could not load this dashboard: {dashboard.error?.message ?? "not found"}</p>
    );
  }
  return <LoadedDashboard saved={dashboard.data} startEditing={startEditing} />;
}

function LoadedDashboard({ saved, startEditing }: { saved: SavedDashboardJson; startEditing: boolean }) {
  const client = useQueryClient();
  const view = useViewState();
  const { ref, width } = useContainerWidth<HTMLDivElement>();
  const [draft, setDraft] = useState<DashboardDocument | undefined>(
    startEditing ? saved.document : undefined,
  );
  const [editingWidget, setEditingWidget] = useState<Widget>();
  const [conflict, setConflict] = useState<Conflict>();
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [zoomDepth, setZoomDepth] = useState(0);
  const [metaDraft, setMetaDraft] = useState<DashboardMetadataInput>();
  const [dialog, setDialog] = useState<"settings" | "history">();

  const document = draft ?? saved.document;
  useEffect(() => {
    const onPop = () => setZoomDepth((depth) => Math.max(0, depth - 1));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const state = view.state;
  const range = state.range ?? document.defaultRange;
  const timezone = state.tz ?? document.timezone ?? LOCAL_TIME_ZONE;
  const refresh = state.refresh ?? document.defaultRefresh;
  const widgets = document.widgets;
  const widths = useMemo(() => plotWidths(widgets, width), [widgets, width]);
  const metrics = useMetricsView(
    {
      widgets,
      range,
      widths,
      variables: document.variables,
      variableValues: state.vars,
      refresh: draft ? "off" : refresh,
    },
    width > 0,
  );

  const push = (next: ViewState) => view.push(next);
  const onZoom = (start: number, end: number) => {
    setZoomDepth((depth) => depth + 1);
    push({ ...state, range: { type: "absolute", start, end } });
  };

  async function save(baseVersion: number) {
    if (!draft) return;
    if (!(await confirmCostRise(saved.id, draft))) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const result = await saveDashboardRequest(
        saved.id,
        baseVersion,
        metadataOf(saved),
        draft,
        "Edited in Watchwall",
      );
      client.setQueryData(dashboardKeys.one(saved.id), result);
      await client.invalidateQueries({ queryKey: dashboardKeys.all });
      setDraft(undefined);
      setMetaDraft(undefined);
      setConflict(undefined);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const current = error.details.current as SavedDashboardJson | undefined;
        if (current) setConflict({ theirs: current });
        else setSaveError(error.message);
      } else {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <div>
      <DashboardToolbar
        name={metaDraft?.name ?? saved.name}
        range={range}
        timezone={timezone}
        refresh={refresh}
        zoomed={state.range?.type === "absolute"}
        canGoBack={zoomDepth > 0}
        editing={Boolean(draft)}
        dirty={Boolean(draft) && draft !== saved.document}
        saving={saving}
        fetching={metrics.isFetching}
        onChange={(next) => push({ ...state, range: next.range, tz: next.timezone, refresh: next.refresh })}
        onBack={() => window.history.back()}
        onReset={() => push({ ...state, range: undefined })}
        shareUrl={() =>
          `${window.location.origin}${view.href(shareViewState(state, Date.now(), document.defaultRange))}`
        }
        onEdit={() => setDraft(saved.document)}
        onAddWidget={(type) => setEditingWidget(createWidget(type, document, defaultRegion(document)))}
        onSave={() => void save(saved.version)}
        onDiscard={() => {
          setDraft(undefined);
          setMetaDraft(undefined);
          setConflict(undefined);
        }}
        onSettings={() => setDialog("settings")}
        onHistory={() => setDialog("history")}
      />
      {view.error && (
        <div className={`${styles.banner} ${styles.bannerError}`}>
          This link’s view settings are invalid ({view.error}); showing the dashboard’s defaults.
        </div>
      )}
      {saveError && (
        <div className={`${styles.banner} ${styles.bannerError}`} role="alert">
          Saving failed: {saveError}. Your changes are still here.
        </div>
      )}
      {conflict && (
        <div className={styles.banner} role="alert" data-testid="save-conflict">
          <span>
            Someone saved version {conflict.theirs.version} of this dashboard while you were editing. Your
            changes are kept here; their version stays in the history either way.
          </span>
          <button
            type="button"
            className={`${styles.button} ${styles.primary}`}
            onClick={() => void save(conflict.theirs.version)}
          >
            Save mine as the newest version
          </button>
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              client.setQueryData(dashboardKeys.one(saved.id), conflict.theirs);
              setDraft(undefined);
              setConflict(undefined);
            }}
          >
            Discard mine, load theirs
          </button>
        </div>
      )}
      <VariablesBar
        variables={document.variables}
        values={state.vars}
        onChange={(variable, value) => view.replace({ ...state, vars: { ...state.vars, [variable]: value } })}
      />
      {dialog === "settings" && draft && (
        <DashboardSettings
          dashboardId={saved.id}
          metadata={metaDraft ?? metadataOf(saved)}
          document={draft}
          onCancel={() => setDialog(undefined)}
          onApply={(meta, doc) => {
            setMetaDraft(meta);
            setDraft(doc);
            setDialog(undefined);
          }}
        />
      )}
      {dialog === "history" && <VersionHistory dashboard={saved} onClose={() => setDialog(undefined)} />}
      <div ref={ref}>
        <DashboardGrid
          widgets={widgets}
          data={metrics.data}
          requestError={metrics.error instanceof Error ? metrics.error.message : undefined}
          loading={metrics.isPending && metrics.fetchStatus !== "idle"}
          staleSince={metrics.isError && metrics.data ? metrics.dataUpdatedAt : undefined}
          timezone={timezone}
          editing={Boolean(draft)}
          onZoom={onZoom}
          onDraftChange={(next) => setDraft(next(draft ?? saved.document))}
          onEditWidget={setEditingWidget}
        />
      </div>
      {editingWidget && draft && (
        <WidgetEditor
          widget={editingWidget}
          range={range}
          timezone={timezone}
          onCancel={() => setEditingWidget(undefined)}
          onApply={(widget) => {
            setDraft((current) => {
              const base = current ?? saved.document;
              const exists = base.widgets.some((w) => w.id === widget.id);
              return {
                ...base,
                widgets: exists
                  ? base.widgets.map((w) => (w.id === widget.id ? widget : w))
                  : [...base.widgets, widget],
              };
            });
            setEditingWidget(undefined);
          }}
        />
      )}
    </div>
  );
}
