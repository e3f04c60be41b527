import { VALIDATION_MESSAGES } from "./semantics";

/** A text that cannot be parsed (metric math, SEARCH terms, Metrics Insights SQL). */
export class MetricMathSyntaxError extends Error {
  /** 0-based character offset into the parsed text. */
  readonly position: number;
  /** The message without the position prefix, for UIs that show the position themselves. */
  readonly detail: string;
  constructor(detail: string, position: number) {
    super(VALIDATION_MESSAGES.syntax(detail, position));
    this.name = "MetricMathSyntaxError";
    this.position = position;
    this.detail = detail;
  }
}

/** A request-level problem the caller reports as a ValidationError (HTTP 400). */
export class MetricMathValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MetricMathValidationError";
  }
}

/** A well-formed expression that is used wrongly (unknown function, wrong argument type, unknown id). */
export class MetricMathTypeError extends Error {
  readonly start: number;
  readonly end: number;
  constructor(message: string, start: number, end: number) {
    super(message);
    this.name = "MetricMathTypeError";
    this.start = start;
    this.end = end;
  }
}

/** Raised while evaluating when data makes an operation impossible (e.g. arrays of different lengths). */
export class MetricMathEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MetricMathEvaluationError";
  }
}
