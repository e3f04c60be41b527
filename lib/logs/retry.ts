import { classifyAwsError } from "@/lib/aws/errors";
import { START_BACKOFF_BASE_MS, START_BACKOFF_MAX_MS, START_RETRIES } from "./constants";

// StartQuery is retried with exponential backoff and jitter on LimitExceeded (too many concurrent queries,
// e.g. from the console or another tool) and throttling; every other failure is final.

export function isRetryableStartError(error: unknown): boolean {
  return classifyAwsError(error).kind === "throttled";
}

export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(START_BACKOFF_MAX_MS, START_BACKOFF_BASE_MS * 2 ** attempt);
  return base / 2 + random() * (base / 2);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export async function withStartRetries<T>(
  call: () => Promise<T>,
  signal: AbortSignal,
  onRetry: (attempt: number, error: unknown) => void = () => {},
  retries = START_RETRIES,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (signal.aborted || attempt >= retries || !isRetryableStartError(error)) throw error;
      onRetry(attempt, error);
      await sleep(backoffMs(attempt), signal);
    }
  }
}
