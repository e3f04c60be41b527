import { ERROR_END_OFFSET_INCLUSIVE } from "./semantics";

/**
 * A query that cannot be compiled. The simulator reports it as MalformedQueryException with
 * `queryCompileError { location { startCharOffset, endCharOffset }, message }`.
 */
export class LogsQuerySyntaxError extends Error {
  readonly startCharOffset: number;
  readonly endCharOffset: number;
  constructor(message: string, startCharOffset: number, endCharOffset: number) {
    super(message);
    this.name = "LogsQuerySyntaxError";
    this.startCharOffset = startCharOffset;
    this.endCharOffset = endCharOffset;
  }

  /** The `queryCompileError` member of MalformedQueryException. */
  toQueryCompileError(): { location: { startCharOffset: number; endCharOffset: number }; message: string } {
    return {
      location: { startCharOffset: this.startCharOffset, endCharOffset: this.endCharOffset },
      message: this.message,
    };
  }
}

/** Builds an error for the source span [start, end) honouring the inclusive-end convention. */
export function syntaxErrorAt(message: string, start: number, end: number): LogsQuerySyntaxError {
  if (end <= start) return new LogsQuerySyntaxError(message, start, start);
  return new LogsQuerySyntaxError(message, start, ERROR_END_OFFSET_INCLUSIVE ? end - 1 : end);
}

/** A FilterLogEvents filter pattern that cannot be parsed (InvalidParameterException). */
export class InvalidFilterPatternError extends Error {
  readonly code = "InvalidParameterException";
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.name = "InvalidFilterPatternError";
    this.position = position;
  }
}
