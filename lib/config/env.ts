import { z } from "zod";
import { authEnvShape } from "./auth-env";

// Every environment variable Watchwall reads, in one place, so a bad value fails at start with its name.

/** [I] How often each account and Region is polled for alarms (WATCHWALL_ALARM_POLL_SECONDS overrides). */
export const DEFAULT_ALARM_POLL_SECONDS = 60;
/** [I] How often each account (and organization) is polled for AWS Health (WATCHWALL_HEALTH_POLL_SECONDS overrides). */
export const DEFAULT_HEALTH_POLL_SECONDS = 300;
const port = z.coerce
  .number({ error: "must be a port number (1-65535)" })
  .int("must be a port number (1-65535)")
  .min(1, "must be a port number (1-65535)")
  .max(65535, "must be a port number (1-65535)");
const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  WATCHWALL_DATA_DIR: z.string().min(1).default(".data"),
  WATCHWALL_PG_PORT: port.default(54329),
  WATCHWALL_AWS_MODE: z.enum(["auto", "simulator", "aws"]).default("auto"),
  WATCHWALL_ACCOUNTS_FILE: z.string().min(1).optional(),
  SIMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
  SIMULATOR_PORT: port.default(4566),
  SIMULATOR_FAULTS: z.string().optional(),
  /** An AWS simulator already running (shared by replicas and tests): used instead of starting one. */
  WATCHWALL_SIMULATOR_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/]+\/?$/,
      "must be an http:// URL of a running simulator, e.g. http://127.0.0.1:4566",
    )
    .optional(),
  /** Bearer token that /metrics requires; unset: /metrics is disabled. */
  WATCHWALL_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  WATCHWALL_SKIP_BUILD: flag.default(false),
  ...authEnvShape,
  WATCHWALL_ALARM_POLL_SECONDS: z.coerce
    .number({ error: "must be a number of seconds (5-3600)" })
    .int("must be a number of seconds (5-3600)")
    .min(5, "must be a number of seconds (5-3600)")
    .max(3600, "must be a number of seconds (5-3600)")
    .default(DEFAULT_ALARM_POLL_SECONDS),
  WATCHWALL_HEALTH_POLL_SECONDS: z.coerce
    .number({ error: "must be a number of seconds (30-86400)" })
    .int("must be a number of seconds (30-86400)")
    .min(30, "must be a number of seconds (30-86400)")
    .max(86400, "must be a number of seconds (30-86400)")
    .default(DEFAULT_HEALTH_POLL_SECONDS),
  /** Kiosk screens reload themselves once a day at this local hour (0–23), or never with "off". */
  WATCHWALL_KIOSK_RELOAD_HOUR: z
    .union([z.literal("off"), z.coerce.number().int().min(0).max(23)], { error: 'must be 0-23 or "off"' })
    .default(4),
  /** Kiosk screens reload when their JavaScript heap passes this many MB (where the browser reports it). */
  WATCHWALL_KIOSK_HEAP_LIMIT_MB: z.coerce.number().int().min(64).max(16_384).default(1_024),
  /** Test-only: lets kiosk URLs ask for refresh and heartbeat intervals below the normal minimum (benchmarks). */
  WATCHWALL_KIOSK_TEST_HOOKS: flag.default(false),
});

export type Env = z.infer<typeof envSchema>;

export type AwsMode = "simulator" | "aws";

export type RawEnv = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment; throws ConfigError whose message names the offending variable. */
export function parseEnv(env: RawEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join(".") ?? "environment";
  const value = typeof issue?.path[0] === "string" ? env[issue.path[0]] : undefined;
  throw new ConfigError(
    `Invalid environment variable ${name}${value === undefined ? "" : `="${value}"`}: ${issue?.message ?? "invalid"}`,
  );
}

const CREDENTIAL_VARIABLES = [
  "AWS_ACCESS_KEY_ID",
  "AWS_PROFILE",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
] as const;

/**
 * "auto" uses real AWS as soon as credentials are configured in the environment, otherwise the built-in
 * simulator, so a fresh machine shows the demo world with no setup.
 */
export function resolveAwsMode(env: Env, raw: RawEnv = process.env): AwsMode {
  if (env.WATCHWALL_AWS_MODE !== "auto") return env.WATCHWALL_AWS_MODE;
  return CREDENTIAL_VARIABLES.some((name) => Boolean(raw[name])) ? "aws" : "simulator";
}
