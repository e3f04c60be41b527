// PutDashboard, GetDashboard, ListDashboards and DeleteDashboards. These handlers are merged by the lead into
// the single "cloudwatch" ServiceDefinition, next to the metrics and alarms operations.
import { checkCloudWatchBody, isValidCloudWatchDashboardName } from "@/lib/cloudwatch-body";
import { asArray, asRecord, asString } from "@/lib/simulator/core/coerce";
import type { OperationHandler, RequestContext } from "@/lib/simulator/core/types";
import {
  dashboardInvalidInput,
  dashboardNotFound,
  INVALID_NAME_CHARACTERS,
  INVALID_NAME_LENGTH,
  invalidParameterValue,
  missingMember,
  wireValidationMessages,
} from "./dashboard-errors";
import { dashboardArn, DashboardStore, type StoredDashboard } from "./dashboard-store";

/** [V] ListDashboards returns up to 1000 entries per page. */
export const LIST_PAGE_SIZE = 1000;
/** Documented: DeleteDashboards takes up to 100 names. */
export const MAX_DELETE_NAMES = 100;
const MAX_NAME_LENGTH = 255;

export interface DashboardDeps {
  /** Clock for LastModified; defaults to the request's `ctx.now` (the simulator clock). */
  now?: () => Date;
  /** Share a store (e.g. with a control endpoint); created when absent. */
  store?: DashboardStore;
  /** Seed demo accounts with the demo dashboards (default true; ignored when `store` is given). */
  demo?: boolean;
}

function requiredName(input: Record<string, unknown>): string {
  const name = asString(input.DashboardName);
  if (name === undefined) throw missingMember("dashboardName");
  return name;
}

function checkName(name: string): void {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) throw invalidParameterValue(INVALID_NAME_LENGTH);
  if (!isValidCloudWatchDashboardName(name)) throw invalidParameterValue(INVALID_NAME_CHARACTERS);
}

function tagsOf(value: unknown): StoredDashboard["tags"] {
  return asArray(value).flatMap((item) => {
    const tag = asRecord(item);
    const key = asString(tag?.Key);
    return key === undefined ? [] : [{ Key: key, Value: asString(tag?.Value) ?? "" }];
  });
}

function encodeToken(after: string, prefix: string): string {
  return Buffer.from(JSON.stringify({ v: 1, after, prefix }), "utf8").toString("base64url");
}

/** The name the next page starts after; [I] a token from another prefix or not ours is InvalidParameterValue. */
function decodeToken(token: string, prefix: string): string {
  try {
    const parsed = asRecord(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    const after = asString(parsed?.after);
    if (
      parsed?.v === 1 &&
      after !== undefined &&
      parsed.prefix === prefix &&
      encodeToken(after, prefix) === token
    )
      return after;
  } catch {
    // fall through to the error below
  }
  throw invalidParameterValue("The value of NextToken is not valid.");
}

function byteSize(body: string): number {
  return Buffer.byteLength(body, "utf8");
}

export function dashboardOperations(deps: DashboardDeps = {}): Record<string, OperationHandler> {
  const store = deps.store ?? new DashboardStore({ demo: deps.demo });
  const nowOf = (ctx: RequestContext) => (deps.now ? deps.now() : ctx.now);
  const dashboardsOf = (ctx: RequestContext) => store.account(ctx.accountId, nowOf(ctx));

  return {
    PutDashboard: (input, ctx) => {
      const name = requiredName(input);
      const body = asString(input.DashboardBody);
      if (body === undefined) throw missingMember("dashboardBody");
      checkName(name);
      const check = checkCloudWatchBody(body, "putDashboard");
      if (check.errors.length > 0) throw dashboardInvalidInput(check.errors);
      const dashboards = dashboardsOf(ctx);
      const existing = dashboards.get(name);
      dashboards.set(name, {
        name,
        body,
        lastModified: nowOf(ctx),
        tags: existing ? existing.tags : tagsOf(input.Tags),
      });
      return { DashboardValidationMessages: wireValidationMessages(check.warnings) };
    },

    GetDashboard: (input, ctx) => {
      const name = requiredName(input);
      const dashboard = dashboardsOf(ctx).get(name);
      if (!dashboard) throw dashboardNotFound(`Dashboard ${name} does not exist`);
      return {
        DashboardArn: dashboardArn(ctx.accountId, name),
        DashboardBody: dashboard.body,
        DashboardName: name,
      };
    },

    ListDashboards: (input, ctx) => {
      const prefix = asString(input.DashboardNamePrefix) ?? "";
      const token = asString(input.NextToken);
      const after = token === undefined ? undefined : decodeToken(token, prefix);
      const dashboards = dashboardsOf(ctx);
      const names = [...dashboards.keys()]
        .filter((name) => name.startsWith(prefix) && (after === undefined || name > after))
        .sort();
      const page = names.slice(0, LIST_PAGE_SIZE);
      const entries = page.flatMap((name) => {
        const d = dashboards.get(name);
        return d
          ? [
              {
                DashboardName: name,
                DashboardArn: dashboardArn(ctx.accountId, name),
                LastModified: d.lastModified,
                Size: byteSize(d.body),
              },
            ]
          : [];
      });
      const last = page[page.length - 1];
      return {
        DashboardEntries: entries,
        ...(names.length > LIST_PAGE_SIZE && last !== undefined
          ? { NextToken: encodeToken(last, prefix) }
          : {}),
      };
    },

    DeleteDashboards: (input, ctx) => {
      if (input.DashboardNames === undefined) throw missingMember("dashboardNames");
      const names = asArray(input.DashboardNames).map((n) => asString(n) ?? "");
      // [I] moto's behaviour; AWS's model sets no minimum, but an empty delete is refused.
      if (names.length === 0)
        throw invalidParameterValue("The parameter DashboardNames must contain at least one dashboard name.");
      if (names.length > MAX_DELETE_NAMES)
        throw invalidParameterValue(`At most ${MAX_DELETE_NAMES} dashboards can be deleted in one call.`);
      const dashboards = dashboardsOf(ctx);
      const missing = [...new Set(names.filter((name) => !dashboards.has(name)))];
      // All or nothing: one unknown name and nothing is deleted.
      if (missing.length > 0)
        throw dashboardNotFound(`The specified dashboard does not exist. [${missing.join(", ")}]`);
      for (const name of names) dashboards.delete(name);
      return {};
    },
  };
}
