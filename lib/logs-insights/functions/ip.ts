// IP address predicates. Addresses are parsed into BigInt-free numeric forms: IPv4 as one 32-bit number,
// IPv6 as eight 16-bit groups.

import { argAt, compileArgs, lift1, lift2, type FunctionDef } from "../expressions/compiled";
import { toStr } from "../expressions/values";
import type { Value } from "../types";

export function parseIpv4(s: string): number | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const octet = Number(p);
    if (octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

export function parseIpv6(s: string): number[] | null {
  let text = s;
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  let tail: number[] = [];
  // An embedded IPv4 suffix (::ffff:1.2.3.4) becomes two groups.
  const lastColon = text.lastIndexOf(":");
  if (lastColon >= 0 && text.includes(".", lastColon)) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    const head = text.slice(0, lastColon + 1);
    text = head.endsWith("::") ? head : head.slice(0, -1);
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    for (const g of part.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0] ?? "");
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? "") : [];
  if (head === null || rest === null) return null;
  const total = head.length + rest.length + tail.length;
  if (halves.length === 1) return total === 8 ? [...head, ...tail] : null;
  if (total > 7) return null;
  return [...head, ...new Array<number>(8 - total).fill(0), ...rest, ...tail];
}

function ipv4InSubnet(ip: string, cidr: string): boolean | null {
  const [base, bitsText] = cidr.split("/");
  const addr = parseIpv4(ip);
  const net = parseIpv4(base ?? "");
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (addr === null || net === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(addr / size) === Math.floor(net / size);
}

function ipv6InSubnet(ip: string, cidr: string): boolean | null {
  const [base, bitsText] = cidr.split("/");
  const addr = parseIpv6(ip);
  const net = parseIpv6(base ?? "");
  const bits = bitsText === undefined ? 128 : Number(bitsText);
  if (addr === null || net === null || !Number.isInteger(bits) || bits < 0 || bits > 128) return false;
  let remaining = bits;
  for (let i = 0; i < 8 && remaining > 0; i++) {
    const take = Math.min(16, remaining);
    const shift = 16 - take;
    if ((addr[i] ?? 0) >> shift !== (net[i] ?? 0) >> shift) return false;
    remaining -= take;
  }
  return true;
}

function predicate1(f: (s: string) => boolean): FunctionDef {
  return {
    min: 1,
    max: 1,
    compile: (call, _scope, compile) =>
      lift1(argAt(compileArgs(call, compile), 0), (v) => {
        const s = toStr(v);
        return s === null ? null : f(s.trim());
      }),
  };
}

function subnet(f: (ip: string, cidr: string) => boolean | null): FunctionDef {
  return {
    min: 2,
    max: 2,
    compile: (call, _scope, compile) => {
      const args = compileArgs(call, compile);
      return lift2(argAt(args, 0), argAt(args, 1), (a: Value, b: Value) => {
        const ip = toStr(a);
        const cidr = toStr(b);
        if (ip === null || cidr === null) return null;
        return f(ip.trim(), cidr.trim());
      });
    },
  };
}

const isV4 = (s: string) => parseIpv4(s) !== null;
const isV6 = (s: string) => parseIpv6(s) !== null;

export const IP_FUNCTIONS: Record<string, FunctionDef> = {
  isvalidip: predicate1((s) => isV4(s) || isV6(s)),
  isvalidipv4: predicate1(isV4),
  isvalidipv6: predicate1(isV6),
  isipinsubnet: subnet((ip, cidr) => (isV4(ip) ? ipv4InSubnet(ip, cidr) : ipv6InSubnet(ip, cidr))),
  isipv4insubnet: subnet(ipv4InSubnet),
  isipv6insubnet: subnet(ipv6InSubnet),
};
