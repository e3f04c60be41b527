import { argAt, compileArgs, lift1, lift2, liftN, type FunctionDef } from "../expressions/compiled";
import { toNumber, toStr } from "../expressions/values";
import { CONCAT_MISSING_ARGUMENT } from "../semantics";
import type { Value } from "../types";

function string1(f: (s: string) => Value): FunctionDef {
  return {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) =>
      lift1(argAt(compileArgs(call, compile), 0), (v) => {
        const s = toStr(v);
        return s === null ? null : f(s);
      }),
  };
}

/** Code points, not UTF-16 units. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const WHITESPACE = " \t\n\r\f\v";

function trimChars(s: string, chars: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  if (left) while (a < b && chars.includes(s[a] ?? "")) a++;
  if (right) while (b > a && chars.includes(s[b - 1] ?? "")) b--;
  return s.slice(a, b);
}

function trimFunction(left: boolean, right: boolean): FunctionDef {
  return {
    min: 1,
    max: 2,
    compile: (call, _scope, compile) => {
      const args = compileArgs(call, compile);
      const subject = argAt(args, 0);
      const trim = (v: Value, chars: Value) => {
        const s = toStr(v);
        if (s === null) return null;
        const set = chars === null ? WHITESPACE : (toStr(chars) ?? WHITESPACE);
        return trimChars(s, set, left, right);
      };
      if (args.length === 1) return lift1(subject, (v) => trim(v, null));
      return lift2(subject, argAt(args, 1), trim);
    },
  };
}

export const STRING_FUNCTIONS: Record<string, FunctionDef> = {
  isempty: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) =>
      lift1(argAt(compileArgs(call, compile), 0), (v) => v === null || v === ""),
  },
  isblank: {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) =>
      lift1(argAt(compileArgs(call, compile), 0), (v) => {
        const s = toStr(v);
        return s === null || s.trim() === "";
      }),
  },
  concat: {
    min: 1,
    max: Infinity,
    compile: (call, _scope, compile) =>
      liftN(compileArgs(call, compile), (xs) => {
        let out = "";
        for (const x of xs) {
          const s = toStr(x);
          if (s === null) {
            if (CONCAT_MISSING_ARGUMENT === "missing") return null;
            continue;
          }
          out += s;
        }
        return out;
      }),
  },
  ltrim: trimFunction(true, false),
  rtrim: trimFunction(false, true),
  trim: trimFunction(true, true),
  strlen: string1(codePointLength),
  toupper: string1((s) => s.toUpperCase()),
  tolower: string1((s) => s.toLowerCase()),
  substr: {
    min: 2,
    max: 3,
    compile: (call, _scope, compile) =>
      liftN(compileArgs(call, compile), (xs) => {
        const s = toStr(xs[0] ?? null);
        const start = toNumber(xs[1] ?? null);
        if (s === null || start === null) return null;
        const from = Math.max(0, Math.trunc(start));
        if (xs.length < 3) return s.slice(from);
        const len = toNumber(xs[2] ?? null);
        if (len === null) return null;
        return s.slice(from, from + Math.max(0, Math.trunc(len)));
      }),
  },
  replace: {
    min: 3,
    max: 3,
    compile: (call, _scope, compile) =>
      liftN(compileArgs(call, compile), (xs) => {
        const s = toStr(xs[0] ?? null);
        const search = toStr(xs[1] ?? null);
        const replacement = toStr(xs[2] ?? null);
        if (s === null || search === null || replacement === null) return null;
        if (search === "") return s;
        return s.split(search).join(replacement);
      }),
  },
  strcontains: {
    min: 2,
    max: 2,
    compile: (call, _scope, compile) => {
      const args = compileArgs(call, compile);
      return lift2(argAt(args, 0), argAt(args, 1), (a, b) => {
        const s = toStr(a);
        const sub = toStr(b);
        if (s === null || sub === null) return null;
        return s.includes(sub);
      });
    },
  },
};
