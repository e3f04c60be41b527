import type { Row } from "../expressions/row";
import { formatValue } from "../format/format-value";
import { PTR_ON_NON_AGGREGATED_ROWS } from "../semantics";
import type { ResultField } from "../types";
import type { Column } from "./column";

/** Renders final rows (8.7): string values, missing fields omitted, `@ptr` on non-aggregated rows. */
export function projectRows(rows: Row[], columns: Column[], eventRows: boolean): ResultField[][] {
  const withPtr =
    eventRows && PTR_ON_NON_AGGREGATED_ROWS === "append-last" && !columns.some((c) => c.name === "@ptr");
  const out: ResultField[][] = new Array<ResultField[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const fields: ResultField[] = [];
    for (const col of columns) {
      const value = formatValue(col.get(row), col.kind);
      if (value !== null) fields.push({ field: col.name, value });
    }
    if (withPtr && row.ev !== null) fields.push({ field: "@ptr", value: row.ev.ptr });
    out[i] = fields;
  }
  return out;
}
