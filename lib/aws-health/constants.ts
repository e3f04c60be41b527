// Inferred ([I]) choices of the AWS Health features, in one place.

// The poll interval's default (DEFAULT_HEALTH_POLL_SECONDS) lives with the environment: lib/config/env.

/** [I] How long an account that is not an organization's management/delegated admin is not asked again. */
export const ORGANIZATION_REPROBE_MS = 60 * 60 * 1000;

/** The support plans the Health API needs (AWS documentation, 2026). */
export const HEALTH_SUPPORT_PLANS = "Business, Enterprise On-Ramp or Enterprise Support";
