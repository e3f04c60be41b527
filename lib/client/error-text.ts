// What the UI says about a failed call: the server's message, and for AWS failures AWS's own code and message
// (the API passes them as `failure`), so a denied ListMetrics reads as AWS wrote it.

export interface ErrorText {
  message: string;
  /** Watchwall's error code, e.g. `aws_access-denied`, `invalid_request`. */
  code?: string;
  /** AWS's error code and message when AWS refused. */
  awsCode?: string;
  awsMessage?: string;
}

interface ErrorLike {
  message: string;
  code?: unknown;
  details?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads an AwsFailure-shaped object ({ code?, message }) into ErrorText's AWS fields. */
export function awsParts(failure: unknown): Pick<ErrorText, "awsCode" | "awsMessage"> {
  if (!isRecord(failure)) return {};
  const parts: Pick<ErrorText, "awsCode" | "awsMessage"> = {};
  if (typeof failure.code === "string" && failure.code) parts.awsCode = failure.code;
  if (typeof failure.message === "string" && failure.message) parts.awsMessage = failure.message;
  return parts;
}

export function errorText(error: unknown): ErrorText {
  if (!(error instanceof Error)) return { message: String(error) };
  const like: ErrorLike = error;
  const text: ErrorText = { message: like.message };
  if (typeof like.code === "string") text.code = like.code;
  if (isRecord(like.details)) {
    const aws = awsParts(like.details.failure);
    // describeFailure() on the server usually already quotes AWS's message; repeat it only if it adds something.
    if (aws.awsMessage && text.message.includes(aws.awsMessage)) delete aws.awsMessage;
    Object.assign(text, aws);
  }
  return text;
}
