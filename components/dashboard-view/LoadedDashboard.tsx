"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { useInsideKioskShell, useKioskParams, useOuterShellUpdated } from "@/components/kiosk/KioskContext";
import { ConnectionBanner } from "@/components/kiosk/KioskShell";
import { useKeptPanels } from "@/components/kiosk/use-kept-panels";
import { useNow } from "@/components/kiosk/use-now";
import { useSelfHealing } from "@/components/kiosk/use-self-healing";
import { useDashboardEvents } from "@/lib/client/dashboard-events";
import { useContainerWidth } from "@/lib/client/container-width";
import { metadataOf, type DashboardMetadataInput, type SavedDashboardJson } from "@/lib/client/dashboards";
import { createWidget, putWidget } from "@/lib/client/dashboard-draft";
import { plotWidths, widgetsOfBatches } from "@/lib/client/grid";
import { rememberGridWidth, requestGridWidth } from "@/lib/client/grid-width";
import { markLive } from "./live-mark";
import { useMetricsView } from "@/lib/client/metrics";
import { useViewState } from "@/lib/client/view-state";
import type { DashboardDocument, Widget } from "@/lib/dashboards/model";
import {
  encodeViewState,
  isSettledRange,
  LOCAL_TIME_ZONE,
  refreshIntervalMs,
  shareViewState,
  type ViewState,
} from "@/lib/time";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { useAccounts } from "@/lib/client/accounts";
import { usePopulatedVariables } from "@/lib/client/variable-values";
import { displayWidget } from "@/lib/dashboards/variables";
import { consoleLinkFor } from "./console-link-for";
import { variableScope } from "./variable-scope";
import { DashboardGrid } from "./DashboardGrid";
import { useSeenWidgets } from "./lazy-widgets";
import { preloadCharts } from "@/components/charts/lazy-charts";
import { EmptyDashboardHint } from "./EmptyDashboardHint";
import { DashboardScope } from "./DashboardScope";
import { RefreshPaused } from "./RefreshPaused";
import { DashboardSettings } from "./DashboardSettings";
import { VariablesBar } from "./VariablesBar";
import { VersionHistory } from "./VersionHistory";
import { DashboardToolbar } from "./DashboardToolbar";
import { SaveConflictBanner } from "./SaveConflictBanner";
import { useSaveDraft } from "./use-save-draft";
import { KioskDashboard } from "./KioskDashboard";
import styles from "./view.module.css";

// The widget editors (metric browser, query editor) are only needed while editing: their own chunks.
const WidgetEditor = dynamic(() => import("./WidgetEditor").then((m) => m.WidgetEditor));
const LogWidgetEditor = dynamic(() =>
  import("@/components/logs/LogWidgetEditor").then((m) => m.LogWidgetEditor),
);

// The chart code starts downloading as soon as this module runs in the browser: the page's HTML already
// holds the first data, so hydration reaches the charts at once and should not then wait for their code.
if (typeof window !== "undefined") preloadCharts();

function defaultRegion(document: DashboardDocument): string {
  return document.defaultRegion;
}

/** A saved dashboard: URL-driven view state, one metrics request for all widgets, drill-down, editing. */
/** A loaded dashboard: URL-driven view state, one metrics request per scope group, drill-down, editing. */
export function LoadedDashboard({
  saved,
  startEditing,
  initialWidth = 0,
}: {
  saved: SavedDashboardJson;
  startEditing: boolean;
  initialWidth?: number;
}) {
  const view = useViewState();
  const { ref, width } = useContainerWidth<HTMLDivElement>();
  const [draft, setDraft] = useState<DashboardDocument | undefined>(
    startEditing ? saved.document : undefined,
  );
  const [editingWidget, setEditingWidget] = useState<Widget>();
  const [zoomDepth, setZoomDepth] = useState(0);
  const [metaDraft, setMetaDraft] = useState<DashboardMetadataInput>();
  const [dialog, setDialog] = useState<"settings" | "history" | "discard">();
  const [settingsFromView, setSettingsFromView] = useState(false);

  const document = draft ?? saved.document;
  const { saving, saveError, conflict, save, loadTheirs, clearConflict } = useSaveDraft({
    saved,
    draft,
    metaDraft,
    onSaved: () => {
      setDraft(undefined);
      setMetaDraft(undefined);
    },
  });
  const dirty = draft !== undefined && (draft !== saved.document || metaDraft !== undefined);
  const leaveGuard = useLeaveGuard(dirty);
  const accounts = useAccounts();
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
  // The width the server answered the first requests for, while the measured grid is close to it: their
  // answers are already in the cache under those widths, so the charts draw without a request.
  const layoutWidth = requestGridWidth(width, initialWidth);
  const widths = useMemo(() => plotWidths(widgets, layoutWidth), [widgets, layoutWidth]);
  const populated = usePopulatedVariables(
    document.variables,
    variableScope(document),
    draft ? undefined : saved.id,
  );
  // Shown with pattern variables substituted in titles and Markdown; while editing, the templates themselves.
  const shownWidgets = useMemo(
    () => (draft ? widgets : widgets.map((w) => displayWidget(w, populated.variables, state.vars))),
    [draft, widgets, populated.variables, state.vars],
  );

  // Live refresh: the server pushes "new data" over /api/events; polling only while that stream is down.
  const kioskParams = useKioskParams();
  const insideShell = useInsideKioskShell();
  const kiosk = (kioskParams.kiosk || insideShell) && !draft;
  useEffect(() => {
    if (width > 0 && !insideShell) rememberGridWidth(kioskParams.kiosk, width);
  }, [width, insideShell, kioskParams.kiosk]);
  const reportBuild = useSelfHealing(kiosk && !insideShell);
  const refetchRef = useRef<() => void>(() => undefined);
  const eventsQuery = useMemo(() => {
    if (draft || width <= 0) return null;
    const params = encodeViewState({ ...state, refresh });
    params.set("dashboard", saved.id);
    // The width the view's requests are planned for: the server-side refresh prepares those very answers.
    params.set("width", String(layoutWidth));
    if (kioskParams.refreshMs) params.set("refreshMs", String(kioskParams.refreshMs));
    if (kioskParams.heartbeatMs) params.set("heartbeatMs", String(kioskParams.heartbeatMs));
    return params.toString();
  }, [draft, width, layoutWidth, state, refresh, saved.id, kioskParams.refreshMs, kioskParams.heartbeatMs]);
  const connection = useDashboardEvents({
    query: eventsQuery,
    ...(kioskParams.heartbeatMs ? { heartbeatMs: kioskParams.heartbeatMs } : {}),
    onData: () => refetchRef.current(),
    onResync: () => refetchRef.current(),
    onBuild: reportBuild,
  });
  // Far-away widgets are mounted and fetched once scrolled near; kiosk screens and editing show them all.
  const lazy = !kiosk && !draft;
  const seenWidgets = useSeenWidgets(widgets, lazy);
  const batches = useMemo(
    () => widgetsOfBatches(widgets, seenWidgets.batches),
    [widgets, seenWidgets.batches],
  );
  const metrics = useMetricsView(
    {
      widgets,
      range,
      widths,
      variables: populated.variables,
      variableValues: state.vars,
      refresh: draft || connection.connected ? "off" : refresh,
      ...(document.defaultAccountId ? { defaultAccountId: document.defaultAccountId } : {}),
      // The saved widgets run as this dashboard's (what wall screens are checked against); a draft's do not.
      ...(draft ? {} : { dashboardId: saved.id }),
    },
    layoutWidth > 0,
    batches,
  );
  const { refetch } = metrics;
  useEffect(() => {
    // A refresh starts only after the previous one ended: a running fetch is joined, not cancelled.
    refetchRef.current = () => {
      // A range entirely in the past never changes: pushed "new data" is not for it (fetched once, kept).
      if (isSettledRange(range, Date.now())) return;
      void refetch({ cancelRefetch: false });
    };
  }, [refetch, range]);
  const onUpdated = useOuterShellUpdated();
  useEffect(() => {
    if (onUpdated && metrics.dataUpdatedAt) onUpdated(metrics.dataUpdatedAt);
  }, [onUpdated, metrics.dataUpdatedAt]);
  const now = useNow(5_000);
  // Last good data is only kept for the same view and the same widget definitions: an edited widget whose
  // new queries fail must not show the old queries' numbers.
  const viewKey = useMemo(() => JSON.stringify([range, state.vars, widgets]), [range, state.vars, widgets]);
  const live = useKeptPanels(
    metrics.data,
    metrics.dataUpdatedAt,
    metrics.isPlaceholderData,
    viewKey,
    kioskParams.refreshMs ?? refreshIntervalMs(refresh),
    now,
  );

  const logs = {
    range,
    variables: document.variables,
    variableValues: state.vars,
    defaultAccountId: document.defaultAccountId,
    dashboardId: draft ? undefined : saved.id,
    refreshMs: draft ? 0 : (refreshIntervalMs(refresh) ?? 0),
    logGroupLinks: document.logGroupLinks,
  };

  const push = (next: ViewState) => view.push(next);
  const onZoom = (start: number, end: number) => {
    setZoomDepth((depth) => depth + 1);
    push({ ...state, range: { type: "absolute", start, end } });
  };

  function applyWidget(widget: Widget) {
    setDraft((current) => putWidget(current ?? saved.document, widget));
    setEditingWidget(undefined);
  }

  function discard() {
    setDraft(undefined);
    setMetaDraft(undefined);
    clearConflict();
    setDialog(undefined);
  }

  const grid = (rowHeightPx?: number) => (
    <DashboardGrid
      widgets={shownWidgets}
      data={live.data}
      freshness={live.freshness}
      {...(rowHeightPx !== undefined ? { rowHeightPx } : {})}
      requestError={metrics.error instanceof Error ? metrics.error.message : undefined}
      loading={metrics.isPending && metrics.fetchStatus !== "idle"}
      staleSince={metrics.isError && metrics.data ? metrics.dataUpdatedAt : undefined}
      timezone={timezone}
      editing={Boolean(draft)}
      width={width}
      consoleLink={(widget) => consoleLinkFor(widget, accounts.data ?? [], range, document.defaultAccountId)}
      onZoom={onZoom}
      onDraftChange={(next) => setDraft(next(draft ?? saved.document))}
      onEditWidget={setEditingWidget}
      logs={logs}
      seen={seenWidgets.seen}
      observe={seenWidgets.observe}
    />
  );

  if (kiosk) {
    return (
      <KioskDashboard
        document={document}
        range={range}
        timezone={timezone}
        refresh={refresh}
        state={state}
        onPush={push}
        onReplace={(next) => view.replace(next)}
        widthRef={ref}
        grid={grid}
        updatedAt={metrics.dataUpdatedAt}
        insideShell={insideShell}
        connection={connection}
        now={now}
        kioskParams={kioskParams}
      />
    );
  }

  return (
    <div>
      {leaveGuard}
      {dialog === "discard" && (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard changes"
          danger
          onCancel={() => setDialog(undefined)}
          onConfirm={discard}
        >
          The edits you made since the last save are lost; the saved dashboard stays as it is.
        </ConfirmDialog>
      )}
      <ConnectionBanner connection={connection} now={now} />
      <DashboardToolbar
        id={saved.id}
        name={metaDraft?.name ?? saved.name}
        range={range}
        timezone={timezone}
        refresh={refresh}
        zoomed={state.range?.type === "absolute"}
        canGoBack={zoomDepth > 0}
        editing={Boolean(draft)}
        dirty={dirty}
        saving={saving}
        fetching={metrics.isFetching}
        onChange={(next) => push({ ...state, range: next.range, tz: next.timezone, refresh: next.refresh })}
        onBack={() => window.history.back()}
        onReset={() => push({ ...state, range: undefined })}
        shareUrl={() =>
          `${window.location.origin}${view.href(shareViewState(state, Date.now(), document.defaultRange, timezone))}`
        }
        onEdit={() => setDraft(saved.document)}
        onAddWidget={(type) => setEditingWidget(createWidget(type, document, defaultRegion(document)))}
        onSave={() => void save(saved.version)}
        onDiscard={() => (dirty ? setDialog("discard") : discard())}
        onSettings={() => {
          // Settings edit the draft; opened from the view, cancelling them leaves editing again.
          setSettingsFromView(!draft);
          if (!draft) setDraft(saved.document);
          setDialog("settings");
        }}
        onHistory={() => setDialog("history")}
      />
      <DashboardScope accountId={document.defaultAccountId} region={document.defaultRegion} />
      {!draft && <RefreshPaused range={range} refresh={refresh} />}
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
        <SaveConflictBanner
          theirs={conflict.theirs}
          onSaveMine={() => void save(conflict.theirs.version)}
          onLoadTheirs={() => loadTheirs(conflict.theirs)}
        />
      )}
      <VariablesBar
        variables={populated.variables}
        errors={populated.errors}
        values={state.vars}
        onChange={(variable, value) => view.replace({ ...state, vars: { ...state.vars, [variable]: value } })}
      />
      {dialog === "settings" && draft && (
        <DashboardSettings
          dashboardId={saved.id}
          metadata={metaDraft ?? metadataOf(saved)}
          document={draft}
          onCancel={() => {
            if (settingsFromView && draft === saved.document && !metaDraft) setDraft(undefined);
            setDialog(undefined);
          }}
          onApply={(meta, doc) => {
            setMetaDraft(meta);
            setDraft(doc);
            setDialog(undefined);
          }}
        />
      )}
      {dialog === "history" && <VersionHistory dashboard={saved} onClose={() => setDialog(undefined)} />}
      {widgets.length === 0 && (
        <EmptyDashboardHint editing={Boolean(draft)} onEdit={() => setDraft(saved.document)} />
      )}
      <div ref={ref} data-updated-at={metrics.dataUpdatedAt}>
        <span ref={markLive} hidden />
        {grid()}
      </div>
      {editingWidget && draft && editingWidget.type === "logs" && (
        <LogWidgetEditor
          widget={editingWidget}
          range={range}
          timezone={timezone}
          defaultAccountId={logs.defaultAccountId}
          onCancel={() => setEditingWidget(undefined)}
          onApply={applyWidget}
        />
      )}
      {editingWidget && draft && editingWidget.type !== "logs" && (
        <WidgetEditor
          widget={editingWidget}
          range={range}
          timezone={timezone}
          {...(document.defaultAccountId ? { defaultAccountId: document.defaultAccountId } : {})}
          onCancel={() => setEditingWidget(undefined)}
          onApply={applyWidget}
        />
      )}
    </div>
  );
}
