// data-testid values shared by the components and the Playwright journeys (e2e/pages): one name each, so a
// renamed id breaks the build rather than a journey.

export const TEST_IDS = {
  widget: (id: string) => `widget-${id}`,
  widgetState: "widget-state",
  /** A widget far from the viewport, not mounted yet (components/dashboard-view/lazy-widgets.ts). */
  widgetPlaceholder: "widget-placeholder",
  widgetTitle: "widget-title",
  widgetPeriod: "widget-period",
  widgetErrors: "widget-errors",
  widgetWarnings: "widget-warnings",
  widgetIncomplete: "widget-incomplete",
  widgetScopes: "widget-scopes",
  refreshPaused: "refresh-paused",
  staleBadge: "widget-stale",
  chartPlot: "chart-plot",
  /** A chart whose code is still downloading (components/charts/lazy-charts.tsx). */
  chartLoading: "chart-loading",
  chartTooltip: "chart-tooltip",
  zoomSelection: "zoom-selection",
  legendItem: "legend-item",
  numberValue: "number-value",
  gauge: "gauge",
  timePicker: "time-range-picker",
  timePickerButton: "time-range-button",
  timePickerPopover: "time-range-popover",
  zoomBack: "zoom-back",
  zoomReset: "zoom-reset",
  systemStatus: "system-status",
  dashboardRow: "dashboard-row",
  metricBrowser: "metric-browser",
  metricItem: "metric-item",
  widgetPreview: "widget-preview",
  saveConflict: "save-conflict",
  versionRow: "version-row",
  versionAuthor: "version-author",
} as const;
