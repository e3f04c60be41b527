// CloudWatch dashboard names: 1–255 characters of A–Z, a–z, 0–9, "-" and "_" (AWS-SEMANTICS 6.3).

export const CLOUDWATCH_DASHBOARD_NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;

export function isValidCloudWatchDashboardName(name: string): boolean {
  return CLOUDWATCH_DASHBOARD_NAME_PATTERN.test(name);
}

/** A CloudWatch-safe name for a Watchwall dashboard name: other characters become "-", runs collapse. */
export function toCloudWatchDashboardName(name: string): string {
  const safe = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 255);
  return safe === "" ? "dashboard" : safe;
}
