import { describe, expect, it } from "vitest";
import { InvalidFilterPatternError } from "../errors";
import { matchesFilterPattern, parseFilterPattern } from "./index";
import { splitSpaceDelimited } from "./space-delimited";

function matching(pattern: string, messages: string[]): string[] {
  const fp = parseFilterPattern(pattern);
  return messages.filter((m) => matchesFilterPattern(fp, m));
}

// moto's TestLogsFilterPattern messages.
const MOTO = ["hello", "world", "hello world", "goodbye world", "hello cruela", "goodbye cruel world"];

describe("unstructured terms", () => {
  it("moto: single word, several words, quoted phrase", () => {
    expect(matching("hello", MOTO)).toEqual(["hello", "hello world", "hello cruela"]);
    expect(matching("goodbye world", MOTO)).toEqual(["goodbye world", "goodbye cruel world"]);
    expect(matching('"hello cruel"', MOTO)).toEqual(["hello cruela"]);
  });

  it("empty pattern matches everything", () => {
    expect(matching("", MOTO)).toEqual(MOTO);
    expect(matching("   ", MOTO)).toHaveLength(MOTO.length);
  });

  it("case-sensitive", () => {
    expect(matching("Hello", MOTO)).toEqual([]);
  });

  it("? alternatives and - exclusions", () => {
    expect(matching("?goodbye ?cruela", MOTO)).toEqual([
      "goodbye world",
      "hello cruela",
      "goodbye cruel world",
    ]);
    expect(matching("world -goodbye", MOTO)).toEqual(["world", "hello world"]);
    expect(matching('hello -"cruela"', MOTO)).toEqual(["hello", "hello world"]);
    expect(matching("world ?hello ?cruel", MOTO)).toEqual(["hello world", "goodbye cruel world"]);
  });

  it("%regex% terms", () => {
    expect(matching("%^h.*o$%", MOTO)).toEqual(["hello"]);
    expect(matching("%cruel[a]?%", MOTO)).toEqual(["hello cruela", "goodbye cruel world"]);
  });

  it("terms are matched against the raw text, also for JSON events", () => {
    expect(matching("ERROR", ['{"level":"ERROR"}', "all good"])).toEqual(['{"level":"ERROR"}']);
  });
});

describe("JSON patterns", () => {
  const events = [
    JSON.stringify({
      status: 500,
      level: "ERROR",
      user: { id: 7, name: "ann" },
      tags: ["a", "b"],
      ok: false,
      gone: null,
    }),
    JSON.stringify({ status: 200, level: "ERRATIC", user: { id: 8 }, tags: ["c"], ok: true }),
    JSON.stringify({ status: "500", level: "INFO" }),
    "not json ERROR 500",
  ];
  const m = (p: string) => matching(p, events).map((e) => events.indexOf(e));

  it("numbers and nested selectors", () => {
    expect(m("{ $.status = 500 }")).toEqual([0]);
    expect(m("{ $.status >= 200 }")).toEqual([0, 1]);
    expect(m("{ $.user.id != 7 }")).toEqual([1]);
    expect(m("{$.status<300}")).toEqual([1]);
  });

  it("strings with wildcards, unquoted strings, regex", () => {
    expect(m('{ $.level = "ERR*" }')).toEqual([0, 1]);
    expect(m("{ $.level = ERROR }")).toEqual([0]);
    expect(m('{ $.level != "ERROR" }')).toEqual([1, 2]);
    expect(m("{ $.level = %^ERR(OR)?$% }")).toEqual([0]);
    expect(m('{ $.user.name = "a*" }')).toEqual([0]);
  });

  it("&&, ||, parentheses", () => {
    expect(m('{ ($.status = 500 && $.level = "ERROR") || $.level = "INFO" }')).toEqual([0, 2]);
    expect(m('{ $.status = 200 && ($.level = "INFO" || $.level = "ERR*") }')).toEqual([1]);
  });

  it("IS NULL, EXISTS, NOT EXISTS, IS TRUE/FALSE", () => {
    expect(m("{ $.gone IS NULL }")).toEqual([0]);
    expect(m("{ $.user NOT EXISTS }")).toEqual([2]);
    expect(m("{ $.user.name EXISTS }")).toEqual([0]);
    expect(m("{ $.ok IS TRUE }")).toEqual([1]);
    expect(m("{ $.ok IS FALSE }")).toEqual([0]);
  });

  it("arrays by index and [*]", () => {
    expect(m('{ $.tags[1] = "b" }')).toEqual([0]);
    expect(m('{ $.tags[0] = "c" }')).toEqual([1]);
    expect(m('{ $.tags[*] = "b" }')).toEqual([0]);
  });

  it("a numeric pattern does not match a numeric string (JSON_PATTERN_NUMERIC_STRINGS)", () => {
    expect(m("{ $.status = 500 }")).not.toContain(2);
  });

  it("moto's JSON pattern on non-JSON messages matches nothing (AWS behaviour, unlike moto)", () => {
    expect(matching('{$.message = "hello"}', MOTO)).toEqual([]);
  });
});

describe("space-delimited patterns", () => {
  const apache = [
    '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 1534',
    '127.0.0.1 - frank [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" 404 310',
    '10.0.0.2 - bob [10/Oct/2000:13:50:35 -0700] "POST /upload HTTP/1.0" 503 9000',
  ];
  const m = (p: string) => matching(p, apache).map((e) => apache.indexOf(e));

  it("splits fields, keeping [...] and quoted groups together", () => {
    expect(splitSpaceDelimited(apache[0] ?? "")).toEqual([
      "127.0.0.1",
      "-",
      "frank",
      "10/Oct/2000:13:25:15 -0700",
      "GET /apache_pb.gif HTTP/1.0",
      "200",
      "1534",
    ]);
  });

  it("field count must match unless ... is used", () => {
    expect(m("[ip, id, user, timestamp, request, status_code, size]")).toEqual([0, 1, 2]);
    expect(m("[ip, id, user, timestamp, request, status_code]")).toEqual([]);
    expect(m("[ip, ..., size]")).toEqual([0, 1, 2]);
    expect(m("[..., status_code, size]")).toEqual([0, 1, 2]);
  });

  it("conditions: wildcard strings, numbers, ||, regex", () => {
    expect(m("[ip, id, user, timestamp, request, status_code = 4*, size]")).toEqual([1]);
    expect(m("[ip, ..., status_code = 5*, size > 1000]")).toEqual([2]);
    expect(m("[ip, ..., status_code != 200, size]")).toEqual([1, 2]);
    expect(m("[..., status_code = 404 || status_code = 503, size]")).toEqual([1, 2]);
    expect(m('[ip = "127.0.0.1", ...]')).toEqual([0, 1]);
    expect(m("[ip, id, user, timestamp, request = *html*, ...]")).toEqual([1]);
    expect(m("[ip = %^10\\.%, ...]")).toEqual([2]);
    expect(m("[ip, ..., size < 500]")).toEqual([1]);
  });
});

describe("invalid patterns", () => {
  it.each([
    "{ $.a = 1",
    "{ a = 1 }",
    "{ $.a > ERR }",
    "{ $.a IS MAYBE }",
    "{ $.a = }",
    "[a, b",
    '"unterminated',
    "[a = 1 &&]",
    "{ $.a = %(% }",
  ])("%s", (p) => {
    expect(() => parseFilterPattern(p)).toThrow(InvalidFilterPatternError);
  });

  it("errors carry the InvalidParameterException code and a position", () => {
    try {
      parseFilterPattern("{ $.a = 1");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidFilterPatternError);
      const e = err as InvalidFilterPatternError;
      expect(e.code).toBe("InvalidParameterException");
      expect(e.message).toMatch(/^Invalid filter pattern: /);
      expect(e.position).toBe(9);
    }
  });
});
