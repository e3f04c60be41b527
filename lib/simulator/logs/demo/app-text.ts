// Message texts of the shop's web application logs (Spring Boot style, multi-line stack traces).

import { hex8 } from "./text";

export const PAYMENT_TIMEOUT_TRACE = [
  "com.watchwall.shop.payments.PaymentProviderTimeoutException: POST https://api.payments.example.net/v2/authorize timed out after 3000 ms",
  "\tat com.watchwall.shop.payments.PaymentClient.authorize(PaymentClient.java:142)",
  "\tat com.watchwall.shop.payments.RetryingPaymentClient.authorize(RetryingPaymentClient.java:57)",
  "\tat com.watchwall.shop.checkout.CheckoutService.placeOrder(CheckoutService.java:88)",
  "\tat com.watchwall.shop.checkout.CheckoutController.checkout(CheckoutController.java:41)",
  "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
  "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
  "Caused by: java.net.SocketTimeoutException: Read timed out",
  "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
  "\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
  "\t... 42 more",
].join("\n");

export const PAYMENT_DECLINED_TRACE = [
  "com.watchwall.shop.payments.PaymentDeclinedException: card_declined (insufficient_funds)",
  "\tat com.watchwall.shop.payments.PaymentClient.checkResponse(PaymentClient.java:188)",
  "\tat com.watchwall.shop.payments.PaymentClient.authorize(PaymentClient.java:149)",
  "\tat com.watchwall.shop.checkout.CheckoutService.placeOrder(CheckoutService.java:88)",
  "\tat com.watchwall.shop.checkout.CheckoutController.checkout(CheckoutController.java:41)",
  "\t... 38 more",
].join("\n");

export const THROTTLED_TRACE = [
  "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. (Service: DynamoDb, Status Code: 400)",
  "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
  "\tat com.watchwall.shop.session.SessionStore.load(SessionStore.java:64)",
  "\t... 51 more",
].join("\n");

const THREADS = Array.from({ length: 24 }, (_, i) => `http-nio-8080-exec-${i + 1}`);

export function thread(h: number): string {
  return THREADS[h % THREADS.length] ?? "main";
}

export function orderPlaced(h: number, latencyMs: number): string {
  const items = 1 + (h % 6);
  const total = ((900 + (h % 24_000)) / 100).toFixed(2);
  return `c.w.shop.checkout.CheckoutService   : Order ord-${hex8(h)} placed: ${items} items, total ${total} USD (checkout ${Math.round(latencyMs)} ms)`;
}

export function paymentFailed(h: number, timeout: boolean): string {
  const head = timeout
    ? `c.w.shop.checkout.CheckoutService   : Payment authorization failed for order ord-${hex8(h)} (attempt 3/3)`
    : `c.w.shop.checkout.CheckoutService   : Payment declined for order ord-${hex8(h)}`;
  return `${head}\n${timeout ? PAYMENT_TIMEOUT_TRACE : PAYMENT_DECLINED_TRACE}`;
}

export function slowQuery(h: number, ms: number): string {
  const times = 12 + (h % 30);
  return `o.h.engine.jdbc.spi.SqlStatementLogger : Slow query (N+1 suspected): SELECT * FROM order_items WHERE order_id = $1 executed ${times} times in ${Math.round(ms)} ms`;
}

export function poolStats(active: number, waiting: number): string {
  return `com.zaxxer.hikari.pool.HikariPool   : HikariPool-1 - Pool stats (total=20, active=${active}, idle=${20 - active}, waiting=${waiting})`;
}
