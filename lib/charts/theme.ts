// SVG needs literal colours (presentation attributes do not resolve CSS variables); these mirror the
// variables in app/globals.css.

export const CHART_THEME = {
  grid: "#2a3441",
  axis: "#8b98a5",
  text: "#e6edf3",
  panel: "#161c24",
  track: "#1d2530",
  /** Fill opacity of annotation areas. */
  areaOpacity: 0.12,
  /** Fill opacity of stacked areas. */
  stackOpacity: 0.35,
} as const;
