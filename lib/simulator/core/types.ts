// The contract between the simulator's protocol layer (routing, codecs, errors, faults, stats) and the
// simulated services. Services see decoded plain objects and never know which wire protocol was used.

export type WireProtocol = "json" | "query" | "cbor";

export type ServiceName = "cloudwatch" | "logs" | "health" | "sts";

export interface RequestContext {
  /** Simulated account the caller's credentials map to (12 digits). */
  accountId: string;
  /** Region from the SigV4 credential scope. */
  region: string;
  accessKeyId: string;
  protocol: WireProtocol;
  requestId: string;
  /** Wall-clock time of the request; services must use this, not Date.now(), so tests can pin time. */
  now: Date;
  /**
   * Adds `n` (default 1) to a named usage counter of this operation in the simulator stats, e.g.
   * `ctx.record?.("metricQueries", queries.length)`. Optional so hand-built contexts in unit tests stay valid.
   */
  record?: (counter: string, n?: number) => void;
  /** Who signed the request (IAM user or assumed-role session); absent in hand-built contexts. */
  caller?: CallerIdentity;
}

export interface CallerIdentity {
  /** `arn:aws:iam::<acct>:user/<name>` or `arn:aws:sts::<acct>:assumed-role/<role>/<session>`. */
  arn: string;
  /** `AIDA...` for users, `<RoleId>:<session>` for assumed roles. */
  userId: string;
  /** Set for temporary credentials minted by the simulator's AssumeRole. */
  session?: { roleArn: string; sessionName: string; expiration: Date };
}

/**
 * A list of timestamps given as epoch seconds, rendered by every codec exactly like a `Date[]` (JSON numbers,
 * CBOR tag 1, ISO-8601 `<member>`s) but without allocating one Date per point in large results.
 */
export class TimestampList {
  readonly epochSeconds: ArrayLike<number>;
  constructor(epochSeconds: ArrayLike<number>) {
    this.epochSeconds = epochSeconds;
  }
}

/**
 * A map (string keys), as opposed to a structure: JSON and CBOR render it as an object like any other, but
 * awsQuery XML writes maps as `<entry><key>…</key><value>…</value></entry>` (e.g. GetMetricStatistics'
 * ExtendedStatistics).
 */
export class WireMap {
  readonly entries: Readonly<Record<string, unknown>>;
  constructor(entries: Readonly<Record<string, unknown>>) {
    this.entries = entries;
  }
}

/**
 * Input is the decoded request: JSON/CBOR bodies as sent (CBOR tag-1 timestamps arrive as Date); query-protocol
 * bodies expanded from `A.member.1.B=x` into nested objects/arrays whose leaves are strings (handlers coerce,
 * e.g. with `asDate` / `asNumber` / `asArray` from core/coerce.ts, which accept every protocol's form).
 * Output is a plain object: Date for timestamps, arrays for lists; the codec renders it per protocol
 * (epoch seconds for JSON 1.0 and Health, ISO-8601 in XML, CBOR tag 1). Logs handlers return
 * epoch-millisecond numbers themselves, as the Logs model types them as longs.
 * Handlers may also return a Promise, typed arrays (rendered as lists of numbers) and `TimestampList`s.
 */
export type OperationHandler = (input: Record<string, unknown>, ctx: RequestContext) => unknown;

export interface ServiceDefinition {
  name: ServiceName;
  operations: Record<string, OperationHandler>;
  /** Stops background work (e.g. running Logs Insights queries) when the simulator closes. */
  close?(): void | Promise<void>;
}

export interface AwsErrorOptions {
  /** HTTP status; defaults to 400. */
  status?: number;
  /** Legacy awsQuery code when it differs from `code` (e.g. code "ValidationException", queryCode "ValidationError"). */
  queryCode?: string;
  /** Fully qualified JSON `__type` when it differs from `code`. */
  jsonType?: string;
  fault?: "Sender" | "Receiver";
  /** Extra members serialised next to `message` (e.g. `queryCompileError`, `dashboardValidationMessages`). */
  extra?: Record<string, unknown>;
}

/** A modeled AWS error; the protocol layer encodes it the way each client expects. */
export class AwsServiceError extends Error {
  readonly code: string;
  readonly options: AwsErrorOptions;
  constructor(code: string, message: string, options: AwsErrorOptions = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.options = options;
  }
}
