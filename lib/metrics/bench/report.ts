// Plain-text output of the benchmark: aligned tables and PASS/FAIL checks.

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export function check(name: string, ok: boolean, detail: string): Check {
  return { name, ok, detail };
}

export function verdict(ok: boolean): string {
  return ok ? "PASS" : "FAIL";
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return `${value.toFixed(value < 10 && value > -10 ? 1 : 0)} ms`;
}

/** Columns padded to their widest cell; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return "";
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n");
}

export function section(title: string): void {
  console.log(`\n== ${title}`);
}
