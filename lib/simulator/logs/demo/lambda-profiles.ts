// What each demo Lambda function logs: its memory and timeout, and the JSON application lines it writes at the
// start and end of an invocation (success or failure).

import { hex8 } from "./text";

export interface InvocationText {
  /** JSON body logged right after START. */
  begin(h: number, release: string): string;
  /** JSON body logged just before END. */
  success(h: number, durationMs: number): string;
  failure(h: number, durationMs: number): string;
}

export interface LambdaProfile {
  memoryMb: number;
  /** Typical share of memory in use. */
  memoryShare: number;
  timeoutMs: number;
  runtime: string;
  text: InvocationText;
}

const checkout: InvocationText = {
  begin: (h, release) =>
    `{"level":"INFO","msg":"checkout started","cartId":"cart-${hex8(h)}","items":${1 + (h % 6)},"release":"${release}"}`,
  success: (h, d) =>
    `{"level":"INFO","msg":"order placed","orderId":"ord-${hex8(h ^ 0x5bd1e995)}","amountCents":${900 + (h % 24_000)},"paymentMs":${Math.round(d * 0.6)}}`,
  failure: (h) =>
    `{"level":"ERROR","msg":"payment authorization failed","errorType":"PaymentProviderTimeout","errorMessage":"POST https://api.payments.example.net/v2/authorize timed out after 3000 ms","orderId":"ord-${hex8(h ^ 0x5bd1e995)}","attempt":3}`,
};

const cart: InvocationText = {
  begin: (h) =>
    `{"level":"DEBUG","msg":"load cart","cartId":"cart-${hex8(h)}","cache":"${h % 5 === 0 ? "miss" : "hit"}"}`,
  success: (h, d) =>
    `{"level":"INFO","msg":"cart updated","cartId":"cart-${hex8(h)}","items":${h % 9},"ms":${Math.round(d)}}`,
  failure: (h) =>
    `{"level":"ERROR","msg":"cart update failed","errorType":"ConditionalCheckFailedException","errorMessage":"The conditional request failed","cartId":"cart-${hex8(h)}"}`,
};

const resizer: InvocationText = {
  begin: (h) =>
    `{"level":"INFO","msg":"resize requested","key":"uploads/${hex8(h)}.jpg","sizes":[320,640,1280]}`,
  success: (h, d) =>
    `{"level":"INFO","msg":"resized","key":"uploads/${hex8(h)}.jpg","bytesIn":${200_000 + (h % 3_000_000)},"ms":${Math.round(d)}}`,
  failure: (h) =>
    `{"level":"ERROR","msg":"resize failed","errorType":"UnsupportedImageFormat","errorMessage":"Input buffer contains unsupported image format","key":"uploads/${hex8(h)}.heic"}`,
};

const consumer: InvocationText = {
  begin: (h) => `{"level":"INFO","msg":"batch received","queue":"order-events","messages":${1 + (h % 10)}}`,
  success: (h) =>
    `{"level":"INFO","msg":"batch processed","queue":"order-events","fulfilled":${1 + (h % 10)}}`,
  failure: (h) =>
    `{"level":"ERROR","msg":"fulfilment call failed","errorType":"FulfilmentUnavailable","errorMessage":"fulfilment-api returned 503","orderId":"ord-${hex8(h)}","retry":true}`,
};

const report: InvocationText = {
  begin: () => `{"level":"INFO","msg":"report run started","report":"daily-sales"}`,
  success: (h) =>
    `{"level":"INFO","msg":"report written","rows":${20_000 + (h % 80_000)},"bucket":"watchwall-reports"}`,
  failure: () =>
    `{"level":"ERROR","msg":"report query failed","errorType":"QueryTimeout","errorMessage":"statement timeout after 40000 ms"}`,
};

const shipper: InvocationText = {
  begin: (h) => `{"level":"INFO","msg":"shipping batch","records":${50 + (h % 450)}}`,
  success: (h) =>
    `{"level":"INFO","msg":"batch delivered","records":${50 + (h % 450)},"destination":"opensearch"}`,
  failure: () =>
    `{"level":"ERROR","msg":"delivery failed","errorType":"ThrottlingException","errorMessage":"Rate exceeded"}`,
};

const generic: InvocationText = {
  begin: (h) => `{"level":"INFO","msg":"invocation started","input":"${hex8(h)}"}`,
  success: (h, d) => `{"level":"INFO","msg":"invocation finished","ms":${Math.round(d)}}`,
  failure: () =>
    `{"level":"ERROR","msg":"invocation failed","errorType":"Error","errorMessage":"unexpected failure"}`,
};

const PROFILES: Record<string, LambdaProfile> = {
  "shop-checkout": {
    memoryMb: 512,
    memoryShare: 0.34,
    timeoutMs: 10_000,
    runtime: "nodejs20.x",
    text: checkout,
  },
  "shop-cart-api": { memoryMb: 256, memoryShare: 0.42, timeoutMs: 6_000, runtime: "nodejs20.x", text: cart },
  "image-resizer": {
    memoryMb: 1536,
    memoryShare: 0.55,
    timeoutMs: 30_000,
    runtime: "nodejs20.x",
    text: resizer,
  },
  "order-events-consumer": {
    memoryMb: 256,
    memoryShare: 0.38,
    timeoutMs: 15_000,
    runtime: "nodejs20.x",
    text: consumer,
  },
  "nightly-report": {
    memoryMb: 2048,
    memoryShare: 0.6,
    timeoutMs: 300_000,
    runtime: "python3.12",
    text: report,
  },
  "log-shipper": { memoryMb: 256, memoryShare: 0.3, timeoutMs: 30_000, runtime: "nodejs20.x", text: shipper },
  "cost-reporter": {
    memoryMb: 512,
    memoryShare: 0.45,
    timeoutMs: 60_000,
    runtime: "python3.12",
    text: generic,
  },
};

export function lambdaProfile(functionName: string): LambdaProfile {
  return (
    PROFILES[functionName] ?? {
      memoryMb: 256,
      memoryShare: 0.4,
      timeoutMs: 30_000,
      runtime: "nodejs20.x",
      text: generic,
    }
  );
}
