import { MAX_METRICS_PER_DASHBOARD, MAX_WIDGETS } from "./limits";
import { MESSAGES, TOP_LEVEL_KEYS, VARIABLE_INPUT_TYPES, VARIABLE_TYPES } from "./body-constants";
import { Checker, type CloudWatchValidationMessage, type ValidationMode } from "./checker";
import { isJsonObject, type JsonObject } from "./json";
import { checkWidget } from "./validate-widget";

export type { CloudWatchValidationMessage, ValidationMode } from "./checker";

export interface BodyCheck {
  errors: CloudWatchValidationMessage[];
  warnings: CloudWatchValidationMessage[];
  /** The parsed body, when it was a JSON object. */
  body?: JsonObject;
}

function checkVariables(checker: Checker, variables: readonly unknown[]): void {
  const properties = new Set<string>();
  variables.forEach((variable, index) => {
    const at = ["variables", index];
    if (!isJsonObject(variable)) {
      checker.error(at, MESSAGES.type("object"));
      return;
    }
    const type = checker.oneOf(variable, "type", at, VARIABLE_TYPES, { required: true });
    checker.oneOf(variable, "inputType", at, VARIABLE_INPUT_TYPES, { required: true });
    checker.string(variable, "id", at, { required: true });
    for (const key of ["label", "defaultValue", "search", "populateFrom"]) checker.string(variable, key, at);
    checker.boolean(variable, "visible", at);
    const property = checker.string(variable, "property", at, { required: type === "property" });
    checker.string(variable, "pattern", at, { required: type === "pattern" });
    if (type === "property" && property !== undefined) {
      if (properties.has(property))
        checker.error([...at, "property"], `Duplicated property in variable: "${property}"`);
      properties.add(property);
    }
    checker.array(variable, "values", at)?.forEach((value, v) => {
      const valueAt = [...at, "values", v];
      if (!isJsonObject(value)) {
        checker.error(valueAt, MESSAGES.type("object"));
        return;
      }
      checker.string(value, "value", valueAt, { required: true });
      checker.string(value, "label", valueAt);
    });
  });
}

type ParsedBody = { body: JsonObject } | { body?: undefined; syntaxError?: string };

function parseBody(body: unknown): ParsedBody {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body) as unknown;
    } catch (error) {
      return { syntaxError: jsonSyntaxError(body, error) };
    }
  }
  return isJsonObject(value) ? { body: value } : {};
}

/** Where JSON.parse stopped, as a line and column (1-based) of the text the user pasted. */
export function jsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Math.min(Number(at[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  const detail = message.replace(/ in JSON at position \d+.*$/, "").replace(/ of JSON input$/, "");
  return `JSON syntax error at line ${line}, column ${column}: ${detail}`;
}

/** Errors (the body would be rejected) and warnings (accepted, but something is ignored), in PutDashboard's style. */
export function checkCloudWatchBody(body: unknown, mode: ValidationMode = "putDashboard"): BodyCheck {
  const checker = new Checker(mode);
  const { body: parsed, ...failed } = parseBody(body);
  if (!parsed) {
    // PutDashboard answers with its fixed message; an import also says where the text stopped being JSON.
    const syntax = "syntaxError" in failed ? failed.syntaxError : undefined;
    const where = syntax && mode === "import" ? ` (${syntax})` : "";
    checker.error([], `${MESSAGES.notJsonObject}${where}`);
    return { errors: checker.errors, warnings: checker.warnings };
  }
  const widgets = checker.array(parsed, "widgets", [], { required: true, maxItems: MAX_WIDGETS });
  const start = checker.string(parsed, "start", []);
  const end = checker.string(parsed, "end", []);
  if (end !== undefined && start === undefined)
    checker.error([], "Should have property start when property end is present");
  checker.oneOf(parsed, "periodOverride", [], ["auto", "inherit"]);
  const variables = checker.array(parsed, "variables", []);
  if (variables) checkVariables(checker, variables);
  checker.unexpectedKeys(parsed, TOP_LEVEL_KEYS, [], "the dashboard body");

  let metricCount = 0;
  widgets?.forEach((widget, index) => {
    metricCount += checkWidget(checker, widget, index).length;
  });
  if (metricCount > MAX_METRICS_PER_DASHBOARD) {
    checker.error(
      ["widgets"],
      `The dashboard has ${metricCount} metrics; at most ${MAX_METRICS_PER_DASHBOARD} are allowed`,
    );
  }
  return { errors: checker.errors, warnings: checker.warnings, body: parsed };
}

/** What PutDashboard would reject, as `dashboardValidationMessages` entries; empty when the body is accepted. */
export function validateCloudWatchBody(body: unknown): CloudWatchValidationMessage[] {
  return checkCloudWatchBody(body, "putDashboard").errors;
}
