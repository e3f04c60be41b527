import { describe, expect, it } from "vitest";
import type { Value } from "../types";
import { jsonLeafValue } from "./json-fields";
import { scanTopLevelKeys } from "./json-scan";

const KEYS = ["a", "b", "é", "", "__proto__", 'k"q', "n"];

/** What the JSON.parse-based path yields for the keys (null everywhere when the text is not a JSON object). */
function viaJsonParse(text: string): Value[] | "invalid" {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "invalid";
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return "invalid";
  const obj = parsed as Record<string, unknown>;
  return KEYS.map((k) => (Object.prototype.hasOwnProperty.call(obj, k) ? jsonLeafValue(obj[k]) : null));
}

function viaScanner(text: string): Value[] | "invalid" {
  const out = new Array<Value>(KEYS.length).fill(null);
  const r = scanTopLevelKeys(text, KEYS, out, true);
  if (r === "fallback") throw new Error("unexpected fallback");
  return r === "ok" ? out : "invalid";
}

const VALID = [
  '{"a":1,"b":"x"}',
  ' { "a" : -0.5e+3 , "b" : [1,{"a":2}], "n": null } ',
  '{"a":"esc\\"aped\\n\\u00e9","\\u00e9":true,"b":false}',
  '{"a":1,"a":2}',
  '{"":"empty key","__proto__":"p","k\\"q":7}',
  '{"b":{"a":{"a":[[],{}]}},"a":[]}',
  '{"a":1e400}',
  '{"a":-0,"b":123456789012345678,"n":-42}',
  "{}",
  '{"a":"\u007f tab\\t"}',
];
const INVALID = [
  '{"a":01}',
  '{"a":1.}',
  '{"a":.5}',
  '{"a":-}',
  '{"a":1,}',
  '{"a" 1}',
  "{'a':1}",
  '{"a":tru}',
  '{"a":"x\ty"}',
  '{"a":"\\x"}',
  '{"a":"\\u12g4"}',
  '{"a":1} x',
  '{"a":[1,2}',
  '{"a":1',
  '{"a":"unterminated}',
  "{a:1}",
  '{"a":+1}',
];

describe("top-level JSON scanner agrees with JSON.parse", () => {
  it.each(VALID)("valid: %s", (text) => {
    expect(viaScanner(text)).toEqual(viaJsonParse(text));
    expect(viaScanner(text)).not.toBe("invalid");
  });

  it.each(INVALID)("invalid: %s", (text) => {
    expect(viaJsonParse(text)).toBe("invalid");
    expect(viaScanner(text)).toBe("invalid");
  });

  it("random mutations of valid documents", () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const alphabet = [
      '"',
      "\\",
      "{",
      "}",
      "[",
      "]",
      ":",
      ",",
      "0",
      "1",
      "-",
      ".",
      "e",
      "a",
      "n",
      " ",
      "t",
      "u",
    ];
    let checked = 0;
    for (let i = 0; i < 4000; i++) {
      const base = VALID[rnd(VALID.length)] as string;
      const chars = base.split("");
      const edits = 1 + rnd(3);
      for (let e = 0; e < edits; e++) {
        const at = rnd(chars.length + 1);
        const op = rnd(3);
        const ch = alphabet[rnd(alphabet.length)] as string;
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, ch);
        else chars[at] = ch;
      }
      const text = chars.join("");
      if (!text.trimStart().startsWith("{")) continue;
      expect([text, viaScanner(text)]).toEqual([text, viaJsonParse(text)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("deep nesting falls back to JSON.parse", () => {
    const deep = '{"a":' + "[".repeat(400) + "]".repeat(400) + "}";
    expect(scanTopLevelKeys(deep, KEYS, [], true)).toBe("fallback");
  });
});
