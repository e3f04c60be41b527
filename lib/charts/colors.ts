// Series colours. Every drawn query takes the next palette slot in widget order, so a graph keeps its colours
// across refreshes; a query's own `color` wins; a query that returns several series (SEARCH, arrays) gives
// its members shades of its colour so they read as one family.

/** [I] CloudWatch's graph palette (the d3 "category10" set), used in query order. */
export const SERIES_PALETTE: readonly string[] = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
];

/** [I] Lightness range of the shades given to the members of an array result. */
export const SHADE_LIGHTNESS_RANGE: readonly [number, number] = [0.3, 0.78];
/** [I] Hue drift per shade (alternating sides of the base hue), so many members stay tellable apart. */
export const SHADE_HUE_STEP = 6;

const GOLDEN_RATIO_FRACTION = 0.618_033_988_75;
const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function paletteColor(slot: number): string {
  const size = SERIES_PALETTE.length;
  return SERIES_PALETTE[((slot % size) + size) % size] ?? "#1f77b4";
}

interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function parseHexColor(color: string): Rgb | null {
  const match = HEX_COLOR.exec(color.trim());
  if (!match) return null;
  let hex = match[1] ?? "";
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const n = Number.parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

function toHex({ r, g, b }: Rgb): string {
  const part = (v: number) =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  return `#${part(r)}${part(g)}${part(b)}`;
}

function rgbToHsl({ r, g, b }: Rgb): { h: number; s: number; l: number } {
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  return { h: h * 60, s, l };
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const hp = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hp % 2) - 1));
  const [r1, g1, b1] =
    hp < 1
      ? [c, x, 0]
      : hp < 2
        ? [x, c, 0]
        : hp < 3
          ? [0, c, x]
          : hp < 4
            ? [0, x, c]
            : hp < 5
              ? [x, 0, c]
              : [c, 0, x];
  const m = l - c / 2;
  return { r: (r1 + m) * 255, g: (g1 + m) * 255, b: (b1 + m) * 255 };
}

/**
 * The `index`-th shade of a colour: index 0 is the colour itself, later ones spread over a lightness range
 * (golden-ratio steps, so any prefix of the sequence is well spread) with a growing hue drift. Colours that
 * are not hex (e.g. "red") are returned unchanged.
 */
export function shadeOf(base: string, index: number): string {
  const rgb = parseHexColor(base);
  if (!rgb) return base;
  if (index <= 0) return toHex(rgb);
  const { h, s } = rgbToHsl(rgb);
  const [low, high] = SHADE_LIGHTNESS_RANGE;
  const t = (index * GOLDEN_RATIO_FRACTION) % 1;
  const hue = h + (index % 2 === 1 ? 1 : -1) * Math.ceil(index / 2) * SHADE_HUE_STEP;
  return toHex(hslToRgb(hue, Math.max(s, 0.35), low + t * (high - low)));
}

export interface ColorQuery {
  id: string;
  color?: string;
  visible?: boolean;
}

/**
 * One colour per series (same order as `seriesQueryIds`). Palette slots go to the drawn queries without a
 * colour of their own, in widget order; series of unknown queries take the slots after them.
 */
export function assignSeriesColors(
  seriesQueryIds: readonly string[],
  queries: readonly ColorQuery[],
): string[] {
  const baseByQuery = new Map<string, string>();
  let slot = 0;
  for (const query of queries) {
    if (query.visible === false || baseByQuery.has(query.id)) continue;
    const own = query.color?.trim();
    if (own) {
      baseByQuery.set(query.id, own);
      continue;
    }
    baseByQuery.set(query.id, paletteColor(slot));
    slot += 1;
  }
  const memberCount = new Map<string, number>();
  for (const id of seriesQueryIds) memberCount.set(id, (memberCount.get(id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return seriesQueryIds.map((id) => {
    let base = baseByQuery.get(id);
    if (base === undefined) {
      base = paletteColor(slot);
      slot += 1;
      baseByQuery.set(id, base);
    }
    const member = seen.get(id) ?? 0;
    seen.set(id, member + 1);
    return (memberCount.get(id) ?? 1) > 1 ? shadeOf(base, member) : base;
  });
}
