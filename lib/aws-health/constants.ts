// Inferred ([I]) choices of the AWS Health features, in one place.

/** [I] How often each account (and organization) is polled (WATCHWALL_HEALTH_POLL_SECONDS overrides). */
export const DEFAULT_HEALTH_POLL_SECONDS = 300;

/** [I] How long an account that is not an organization's management/delegated admin is not asked again. */
export const ORGANIZATION_REPROBE_MS = 60 * 60 * 1000;

/** The support plans the Health API needs (AWS documentation, 2026). */
export const HEALTH_SUPPORT_PLANS = "Business, Enterprise On-Ramp or Enterprise Support";
