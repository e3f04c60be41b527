import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, resolveAwsMode } from "./env";

describe("parseEnv", () => {
  it("applies defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.WATCHWALL_DATA_DIR).toBe(".data");
    expect(env.SIMULATOR_PORT).toBe(4566);
  });

  it("names the bad variable and its value", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT="eighty"/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL=.*postgresql/);
    expect(() => parseEnv({ WATCHWALL_AWS_MODE: "cloud" })).toThrow(/WATCHWALL_AWS_MODE/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});

describe("resolveAwsMode", () => {
  it("uses the simulator without credentials and AWS with them", () => {
    expect(resolveAwsMode(parseEnv({}), {})).toBe("simulator");
    expect(resolveAwsMode(parseEnv({}), { AWS_PROFILE: "prod" })).toBe("aws");
    expect(resolveAwsMode(parseEnv({ WATCHWALL_AWS_MODE: "simulator" }), { AWS_PROFILE: "prod" })).toBe(
      "simulator",
    );
  });
});
