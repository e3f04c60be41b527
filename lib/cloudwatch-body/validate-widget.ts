import {
  DEFAULT_WIDGET_WIDTH,
  GRID_COLUMNS,
  MAX_ALARMS_PER_WIDGET,
  MAX_GRID_Y,
  MAX_WIDGET_HEIGHT,
} from "./limits";
import {
  ALARM_PROPERTY_KEYS,
  ALARM_SORT_ORDERS,
  ALARM_STATES,
  CLOUDWATCH_WIDGET_TYPES,
  LOG_PROPERTY_KEYS,
  LOG_WIDGET_VIEWS,
  MESSAGES,
  REQUIRE_REGION_FOR_QUERIES,
  TEXT_BACKGROUNDS,
  TEXT_PROPERTY_KEYS,
  WIDGET_KEYS,
} from "./body-constants";
import type { Checker, Path } from "./checker";
import { classifyWidget } from "./classify-widget";
import { isJsonObject, type JsonObject } from "./json";
import type { ExpandedRow } from "./metric-rows";
import { checkMetricWidget } from "./validate-metric-widget";

function checkPosition(checker: Checker, widget: JsonObject, at: Path): void {
  const x = checker.number(widget, "x", at, { integer: true, min: 0, max: GRID_COLUMNS - 1 });
  checker.number(widget, "y", at, { integer: true, min: 0, max: MAX_GRID_Y });
  const written = checker.number(widget, "width", at, { integer: true, min: 1, max: GRID_COLUMNS });
  const width = widget.width === undefined ? DEFAULT_WIDGET_WIDTH : written;
  checker.number(widget, "height", at, { integer: true, min: 1, max: MAX_WIDGET_HEIGHT });
  if (x !== undefined && width !== undefined && x + width > GRID_COLUMNS) {
    checker.warn(
      [...at, "width"],
      `The widget runs past column ${GRID_COLUMNS}; it is narrowed to ${GRID_COLUMNS - x}`,
    );
  }
}

function checkText(checker: Checker, props: JsonObject, at: Path): void {
  checker.string(props, "markdown", at, { required: true });
  checker.oneOf(props, "background", at, TEXT_BACKGROUNDS);
  checker.string(props, "title", at);
  checker.unexpectedKeys(props, TEXT_PROPERTY_KEYS, at, "text widget properties");
}

function checkLog(checker: Checker, props: JsonObject, at: Path): void {
  checker.string(props, "query", at, { required: true });
  const region = checker.string(props, "region", at, {
    required: REQUIRE_REGION_FOR_QUERIES && checker.mode === "putDashboard",
  });
  if (region === "") checker.error([...at, "region"], "Should NOT be shorter than 1 characters");
  checker.string(props, "accountId", at);
  checker.string(props, "title", at);
  checker.string(props, "queryLanguage", at);
  checker.oneOf(props, "view", at, LOG_WIDGET_VIEWS);
  checker.boolean(props, "stacked", at);
  checker.unexpectedKeys(props, LOG_PROPERTY_KEYS, at, "log widget properties");
}

function checkAlarm(checker: Checker, props: JsonObject, at: Path): void {
  const alarms = checker.stringArray(props, "alarms", at, {
    required: true,
    maxItems: MAX_ALARMS_PER_WIDGET,
  });
  if (alarms && alarms.length === 0) checker.error([...at, "alarms"], MESSAGES.minItems(1));
  checker.string(props, "title", at);
  checker.oneOf(props, "sortBy", at, ALARM_SORT_ORDERS);
  const states = checker.array(props, "states", at);
  states?.forEach((state, index) => {
    if (!ALARM_STATES.some((known) => known === state))
      checker.error([...at, "states", index], MESSAGES.allowed);
  });
  checker.unexpectedKeys(props, ALARM_PROPERTY_KEYS, at, "alarm widget properties");
}

/** Checks one widget; returns its expanded metric rows for metric widgets (used for dashboard-wide totals). */
export function checkWidget(checker: Checker, widget: unknown, index: number): ExpandedRow[] {
  const at: Path = ["widgets", index];
  if (!isJsonObject(widget)) {
    checker.error(at, MESSAGES.type("object"));
    return [];
  }
  const type = checker.string(widget, "type", at, { required: true });
  checkPosition(checker, widget, at);
  checker.unexpectedKeys(widget, WIDGET_KEYS, at, "a widget definition");
  if (type === undefined) return [];
  const propsAt = [...at, "properties"];
  const kind = classifyWidget(widget).kind;
  if (kind === "unsupported" || kind === "invalid") {
    if (checker.mode === "import" && kind === "unsupported") return [];
    if (!CLOUDWATCH_WIDGET_TYPES.some((known) => known === type)) {
      checker.error([...at, "type"], MESSAGES.allowed);
      return [];
    }
  }
  const props = checker.object(widget, "properties", at, { required: type !== "explorer" });
  if (!props) return [];
  switch (type) {
    case "metric":
      return checkMetricWidget(checker, props, propsAt) ?? [];
    case "text":
      checkText(checker, props, propsAt);
      return [];
    case "log":
      checkLog(checker, props, propsAt);
      return [];
    case "alarm":
      checkAlarm(checker, props, propsAt);
      return [];
    case "custom":
      checker.string(props, "endpoint", propsAt, { required: true });
      checker.string(props, "title", propsAt);
      checker.object(props, "updateOn", propsAt);
      return [];
    default:
      return [];
  }
}
