/** CloudWatch's grid: 24 columns, widgets 1–24 wide and 1–1000 high, default 6 × 6. */
export const GRID_COLUMNS = 24;
export const MAX_WIDGET_HEIGHT = 1_000;
export const DEFAULT_WIDGET_WIDTH = 6;
export const DEFAULT_WIDGET_HEIGHT = 6;
/** [I] CloudWatch documents no upper bound for `y`; room for every widget (500) at the tallest height (1000). */
export const MAX_GRID_Y = 500_000;

/** CloudWatch dashboard quotas (ANCHORS C.2), applied to our documents too so every export is accepted. */
export const MAX_WIDGETS = 500;
export const MAX_METRICS_PER_WIDGET = 500;
export const MAX_METRICS_PER_DASHBOARD = 2_500;
export const MAX_ALARMS_PER_WIDGET = 100;
/** A CloudWatch metric has at most 30 dimensions. */
export const MAX_DIMENSIONS = 30;

/** What CloudWatch uses when neither the row nor the widget names a statistic / period. */
export const DEFAULT_STAT = "Average";
export const DEFAULT_PERIOD_SECONDS = 300;
