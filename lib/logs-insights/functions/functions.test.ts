import { describe, expect, it } from "vitest";
import { runQuery } from "../index";
import type { LogEvent } from "../types";
import { parseIpv4, parseIpv6 } from "./ip";
import { addPeriod, ceilToPeriod, floorToPeriod } from "./periods";

const TS = Date.UTC(2024, 4, 15, 13, 47, 31, 250); // Wednesday 2024-05-15 13:47:31.250

const EVENT: LogEvent = {
  timestamp: TS,
  ingestionTime: TS + 1000,
  message: JSON.stringify({
    s: "  Hello World  ",
    n: -2.5,
    ip: "2001:db8::1",
    empty: "",
    blank: "   ",
    big: 10,
  }),
  logStream: "stream",
  logGroup: "/g",
  ptr: "p",
};

/** Evaluates `fields <expr> as v` on one event and returns the printed value (undefined = omitted). */
function value(expr: string): string | undefined {
  const r = runQuery(`fields ${expr} as v`, [EVENT], { now: Date.UTC(2025, 0, 1) });
  return r.rows[0]?.find((f) => f.field === "v")?.value;
}

describe("numeric functions", () => {
  it.each([
    ["abs(n)", "2.5"],
    ["ceil(n)", "-2"],
    ["floor(n)", "-3"],
    ["greatest(n, 7, big)", "10"],
    ["least(n, 7, big)", "-2.5"],
    ["log(1)", "0"],
    ["sqrt(16)", "4"],
    ["sqrt(-1)", undefined],
    ["log(0)", undefined],
    ["7 / 2", "3.5"],
    ["1 / 0", undefined],
    ["-big % 3", "-1"],
    ["big - n * 2", "15"],
    ["abs(missing)", undefined],
    ['"12" + 1', "13"],
    ['"abc" + 1', undefined],
  ])("%s", (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe("string functions", () => {
  it.each([
    ["isempty(empty)", "1"],
    ["isempty(missing)", "1"],
    ["isempty(blank)", "0"],
    ["isblank(blank)", "1"],
    ["isblank(s)", "0"],
    ['concat("a", missing, "b", 1)', "ab1"],
    ["trim(s)", "Hello World"],
    ["ltrim(s)", "Hello World  "],
    ["rtrim(s)", "  Hello World"],
    ['trim("--x--", "-")', "x"],
    ["strlen(s)", "15"],
    ['strlen("😀a")', "2"],
    ["toupper(trim(s))", "HELLO WORLD"],
    ["tolower(trim(s))", "hello world"],
    ['substr("abcdef", 2)', "cdef"],
    ['substr("abcdef", 10)', ""],
    ['substr("abcdef", 1, 100)', "bcdef"],
    ['replace("a.b.c", ".", "")', "abc"],
    ['strcontains(s, "World")', "1"],
    ['strcontains(s, "world")', "0"],
    ["strcontains(missing, 'x')", undefined],
    ["tolower(missing)", undefined],
  ])("%s", (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
});

describe("general, JSON and conditional-style functions", () => {
  it.each([
    ["ispresent(s)", "1"],
    ["ispresent(nope)", "0"],
    ['coalesce(nope, missing, "fallback", s)', "fallback"],
    ["coalesce(nope, missing)", undefined],
    ["unmask(big)", "10"],
    ['jsonStringify(jsonParse("{\\"a\\":[1,2]}"))', '{"a":[1,2]}'],
    ['jsonParse("not json")', undefined],
    ["n > -3 and big >= 10", "1"],
    ["not (n > -3)", "0"],
    ["missing = 1", undefined],
    ["missing = 1 or big = 10", "1"],
    ["missing = 1 and big = 10", undefined],
    ['big = "10"', "1"],
    ['s like "World"', "1"],
  ])("%s", (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });

  it("dot access into a jsonParse structure", () => {
    const r = runQuery("fields jsonParse(@message) as j | fields j.ip as ip, j.s as s2 | display ip", [
      EVENT,
    ]);
    expect(r.rows[0]).toEqual([
      { field: "ip", value: "2001:db8::1" },
      { field: "@ptr", value: "p" },
    ]);
  });
});

describe("datetime functions", () => {
  it.each([
    ["@timestamp", "2024-05-15 13:47:31.250"],
    ["@ingestionTime", "2024-05-15 13:47:32.250"],
    ["bin(5m)", "2024-05-15 13:45:00.000"],
    ["bin(1h)", "2024-05-15 13:00:00.000"],
    ["bin(1d)", "2024-05-15 00:00:00.000"],
    ["bin(1w)", "2024-05-13 00:00:00.000"],
    ["bin(1mo)", "2024-05-01 00:00:00.000"],
    ["bin(1q)", "2024-04-01 00:00:00.000"],
    ["bin(1y)", "2024-01-01 00:00:00.000"],
    ["bin(100ms)", "2024-05-15 13:47:31.200"],
    ["datefloor(@timestamp, 15min)", "2024-05-15 13:45:00.000"],
    ["dateceil(@timestamp, 15min)", "2024-05-15 14:00:00.000"],
    ["dateceil(@timestamp, 1mo)", "2024-06-01 00:00:00.000"],
    ['datefloor("2024-02-29T12:00:00Z", 1d)', "2024-02-29 00:00:00.000"],
    ["toMillis(@timestamp)", String(TS)],
    ["fromMillis(0)", "1970-01-01 00:00:00.000"],
    ["now()", "2025-01-01 00:00:00.000"],
    ["@timestamp - 1h", "2024-05-15 12:47:31.250"],
    ["@ingestionTime - @timestamp", "1000"],
  ])("%s", (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });

  it("compares @timestamp with an ISO string literal as a date", () => {
    const r = runQuery('filter @timestamp >= "2024-05-15T13:00:00Z" | stats count(*) as n', [EVENT]);
    expect(r.rows).toEqual([[{ field: "n", value: "1" }]]);
  });

  it("period arithmetic helpers", () => {
    const p = { amount: 2, unit: "mo" as const };
    expect(new Date(floorToPeriod(TS, p)).toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(new Date(addPeriod(Date.UTC(2024, 10, 1), p)).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(ceilToPeriod(Date.UTC(2024, 0, 1), { amount: 1, unit: "d" })).toBe(Date.UTC(2024, 0, 1));
  });
});

describe("IP functions", () => {
  it.each([
    ['isValidIp("192.168.0.1")', "1"],
    ['isValidIp("::1")', "1"],
    ['isValidIp("1.2.3")', "0"],
    ['isValidIpV4("2001:db8::1")', "0"],
    ["isValidIpV6(ip)", "1"],
    ['isValidIpV6("2001:db8:::1")', "0"],
    ['isValidIpV6("::ffff:10.0.0.1")', "1"],
    ['isIpInSubnet("192.168.1.7", "192.168.0.0/16")', "1"],
    ['isIpInSubnet("192.169.1.7", "192.168.0.0/16")', "0"],
    ['isIpInSubnet(ip, "2001:db8::/32")', "1"],
    ['isIpv4InSubnet("10.1.2.3", "10.1.2.3/32")', "1"],
    ['isIpv4InSubnet("10.1.2.4", "10.1.2.3/32")', "0"],
    ['isIpv6InSubnet("2001:db9::1", "2001:db8::/32")', "0"],
    ['isIpv6InSubnet("fe80::1", "fe80::/10")', "1"],
  ])("%s", (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });

  it("parses addresses", () => {
    expect(parseIpv4("1.2.3.4")).toBe(0x01020304);
    expect(parseIpv4("1.2.3.256")).toBeNull();
    expect(parseIpv6("::")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6("1::2:3")).toEqual([1, 0, 0, 0, 0, 0, 2, 3]);
    expect(parseIpv6("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
  });
});

describe("function errors", () => {
  it.each([
    ["fields nosuch(1)", "Unknown function: nosuch"],
    ["fields abs()", "Function abs expects 1 argument(s) but got 0"],
    ["fields bin(x)", "Invalid time period: x"],
    ["fields bin(0m)", "Invalid time period: 0m"],
    ["fields concat()", "at least 1"],
    ["fields sum(x)", "can only be used in stats"],
  ])("%s", (q, message) => {
    expect(() => runQuery(q, [EVENT])).toThrow(message);
  });
});
