// Exports of a result: CSV (RFC 4180, every field quoted when needed) and JSON (an array of objects).

function csvCell(value: string | undefined): string {
  if (value === undefined) return "";
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly Record<string, string>[], fields: readonly string[]): string {
  const lines = [fields.map(csvCell).join(",")];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export function toJson(rows: readonly Record<string, string>[], fields: readonly string[]): string {
  return JSON.stringify(
    rows.map((r) => Object.fromEntries(fields.filter((f) => r[f] !== undefined).map((f) => [f, r[f]]))),
    null,
    2,
  );
}
