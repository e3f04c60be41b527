// data-testid values shared by the widget components and the Playwright tests.

export const TEST_IDS = {
  widget: (id: string) => `widget-${id}`,
  widgetState: "widget-state",
  widgetTitle: "widget-title",
  widgetPeriod: "widget-period",
  widgetErrors: "widget-errors",
  widgetWarnings: "widget-warnings",
  staleBadge: "widget-stale",
  chartPlot: "chart-plot",
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
} as const;
