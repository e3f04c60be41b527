import {
  DEFAULT_PERIOD_SECONDS,
  DEFAULT_STAT,
  DEFAULT_WIDGET_HEIGHT,
  DEFAULT_WIDGET_WIDTH,
  layoutWidgets,
} from "../model";
import { DEFAULT_METRIC_VIEW } from "@/lib/cloudwatch-body/body-constants";
import { isJsonObject, type JsonObject } from "@/lib/cloudwatch-body/json";
import { expandMetricRows } from "@/lib/cloudwatch-body/metric-rows";
import { assignQueryIds } from "@/lib/cloudwatch-body/query-ids";
import { canonicalTimeField } from "./time-fields";

// "Equivalent JSON", defined. Two bodies are equivalent when their normalized forms are deep-equal. Normalizing
// writes out everything CloudWatch would otherwise infer and drops nothing:
// * top level: `start` defaults to "-PT3H" when neither start nor end is set; start/end use one spelling per
//   meaning ("-9H" → "-PT9H", instants → ISO with milliseconds); `variables` defaults to [].
// * widgets: `width`/`height` default to 6; missing `x`/`y` are filled by CloudWatch's flow layout; `properties`
//   defaults to {}.
// * metric widgets: `view` defaults to timeSeries (and `stacked` to false for it); `stat` to Average; `period` to
//   300; `metrics` to []; `region`/`accountId` to the caller's defaults (when given).
// * metric rows: shorthand expanded; every row ends with an options object carrying its id (generated ids m1…/e1…
//   written out), `visible` (true) and `yAxis` ("left"); metric rows also carry `stat`/`period` inherited from the
//   widget, and every row inherits the widget's `region`/`accountId` when it has none. Rows that cannot be
//   expanded are left as written.
// * log widgets: `region`/`accountId` default like metric widgets.
// Everything else — unknown keys included — is copied unchanged. Key order never matters.

export interface NormalizeOptions {
  defaultRegion?: string;
  defaultAccountId?: string;
}

function setDefault(target: JsonObject, key: string, value: unknown): void {
  if (target[key] === undefined && value !== undefined) target[key] = value;
}

function normalizeRows(props: JsonObject): void {
  if (!Array.isArray(props.metrics)) return;
  const { rows, problems } = expandMetricRows(props.metrics);
  if (problems.length > 0) return;
  const ids = assignQueryIds(
    rows.map((row) => ({
      kind: row.kind,
      id: typeof row.options.id === "string" ? row.options.id : undefined,
    })),
  );
  props.metrics = rows.map((row, index) => {
    const options: JsonObject = { ...row.options };
    options.id = ids[index];
    setDefault(options, "visible", true);
    setDefault(options, "yAxis", "left");
    setDefault(options, "period", props.period);
    setDefault(options, "region", props.region);
    setDefault(options, "accountId", props.accountId);
    if (row.kind === "expression") return [options];
    setDefault(options, "stat", props.stat);
    return [...row.tokens, options];
  });
}

function normalizeProperties(type: unknown, source: JsonObject, opts: NormalizeOptions): JsonObject {
  const props: JsonObject = { ...source };
  if (type === "metric") {
    setDefault(props, "view", DEFAULT_METRIC_VIEW);
    if (props.view === "timeSeries") setDefault(props, "stacked", false);
    setDefault(props, "stat", DEFAULT_STAT);
    setDefault(props, "period", DEFAULT_PERIOD_SECONDS);
    setDefault(props, "metrics", []);
  }
  if (type === "metric" || type === "log") {
    setDefault(props, "region", opts.defaultRegion);
    setDefault(props, "accountId", opts.defaultAccountId);
  }
  if (type === "metric") normalizeRows(props);
  return props;
}

function integer(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

function normalizeWidgets(widgets: readonly unknown[], opts: NormalizeOptions): unknown[] {
  const objects = widgets.map((w) => (isJsonObject(w) ? w : undefined));
  const rects = layoutWidgets(
    objects.map((w) => ({
      x: integer(w?.x),
      y: integer(w?.y),
      w: integer(w?.width) ?? DEFAULT_WIDGET_WIDTH,
      h: integer(w?.height) ?? DEFAULT_WIDGET_HEIGHT,
    })),
  );
  return widgets.map((raw, index) => {
    const widget = objects[index];
    const rect = rects[index];
    if (!widget || !rect) return raw;
    const props = isJsonObject(widget.properties) ? widget.properties : {};
    return {
      ...widget,
      x: widget.x ?? rect.x,
      y: widget.y ?? rect.y,
      width: widget.width ?? DEFAULT_WIDGET_WIDTH,
      height: widget.height ?? DEFAULT_WIDGET_HEIGHT,
      properties: normalizeProperties(widget.type, props, opts),
    };
  });
}

/** Canonical form of a CloudWatch dashboard body (text or parsed); values that are not bodies come back as-is. */
export function normalizeCloudWatchBody(body: unknown, opts: NormalizeOptions = {}): unknown {
  let value = body;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return body;
    }
  }
  if (!isJsonObject(value)) return value;
  const out: JsonObject = { ...value };
  if (out.start === undefined && out.end === undefined) out.start = "-PT3H";
  if (out.start !== undefined) out.start = canonicalTimeField(out.start);
  if (out.end !== undefined) out.end = canonicalTimeField(out.end);
  setDefault(out, "variables", []);
  if (Array.isArray(out.widgets)) out.widgets = normalizeWidgets(out.widgets, opts);
  return out;
}
