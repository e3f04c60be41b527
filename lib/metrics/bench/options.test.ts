import { describe, expect, it } from "vitest";
import { DEFAULT_ITERATIONS, DEFAULT_VIEWERS, loopbackUrl, parseOptions } from "./options";

describe("parseOptions", () => {
  it("starts its own server by default", () => {
    const options = parseOptions([]);
    expect(options.connect).toBeUndefined();
    expect(options.viewers).toBe(DEFAULT_VIEWERS);
    expect(options.iterations).toBe(DEFAULT_ITERATIONS);
  });

  it("connects to a running instance given both addresses", () => {
    const options = parseOptions([
      "--url",
      "http://127.0.0.1:3000/",
      "--simulator",
      "http://localhost:4566",
      "--viewers",
      "5",
      "--browser-runs",
      "0",
    ]);
    expect(options.connect).toEqual({ url: "http://127.0.0.1:3000", simulatorUrl: "http://localhost:4566" });
    expect(options.viewers).toBe(5);
    expect(options.browserRuns).toBe(0);
  });

  it("puts its own server on a given port block, or on free ports", () => {
    expect(parseOptions(["--port", "3600"]).port).toBe(3600);
    expect(parseOptions([]).port).toBeUndefined();
    expect(() => parseOptions(["--port", "80"])).toThrow(/whole number/);
  });

  it("refuses half a connection, bad counts and unknown flags", () => {
    expect(() => parseOptions(["--url", "http://127.0.0.1:3000"])).toThrow(/go together/);
    expect(() => parseOptions(["--viewers", "0"])).toThrow(/whole number/);
    expect(() => parseOptions(["--iterations", "2.5"])).toThrow(/whole number/);
    expect(() => parseOptions(["--iterations"])).toThrow(/whole number/);
    expect(() => parseOptions(["--fast"])).toThrow(/unknown option/);
  });
});

describe("loopbackUrl", () => {
  it("accepts loopback addresses only", () => {
    expect(loopbackUrl("http://[::1]:8080/x", "--url")).toBe("http://[::1]:8080");
    expect(() => loopbackUrl("http://10.0.0.5:3000", "--url")).toThrow(/loopback/);
    expect(() => loopbackUrl("http://example.com", "--url")).toThrow(/loopback/);
    expect(() => loopbackUrl("https://127.0.0.1", "--url")).toThrow(/http/);
    expect(() => loopbackUrl("not a url", "--url")).toThrow(/not a URL/);
  });
});
