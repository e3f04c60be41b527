import type { LocatedAlarm } from "./query";

// The children a composite alarm's rule names, e.g. `ALARM("a") OR AT_LEAST(1, ALARM, ("b", "c"))` or
// `ALARM(arn:aws:cloudwatch:…:alarm:d)`: alarm names or ARNs, in order of appearance, without repeats.

const STATE_CALL = /\b(?:ALARM|OK|INSUFFICIENT_DATA)\s*\(\s*("([^"]*)"|'([^']*)'|([^\s()",]+))\s*\)/g;
const QUOTED = /"([^"]*)"|'([^']*)'/g;
const AT_LEAST = /\bAT_LEAST\s*\([^,]+,[^,]+,\s*\(([^)]*)\)\s*\)/g;

export function ruleReferences(rule: string): string[] {
  const refs: string[] = [];
  const add = (ref: string | undefined) => {
    const trimmed = ref?.trim();
    if (trimmed && !refs.includes(trimmed)) refs.push(trimmed);
  };
  for (const match of rule.matchAll(STATE_CALL)) add(match[2] ?? match[3] ?? match[4]);
  for (const match of rule.matchAll(AT_LEAST)) {
    const list = match[1] ?? "";
    for (const quoted of list.matchAll(QUOTED)) add(quoted[1] ?? quoted[2]);
  }
  return refs;
}

/** The alarm name an ARN or a name designates. */
export function referencedName(ref: string): string {
  const at = ref.indexOf(":alarm:");
  return at >= 0 ? ref.slice(at + ":alarm:".length) : ref;
}

export interface AlarmTreeNode {
  /** The child as the rule names it. */
  ref: string;
  alarm?: LocatedAlarm;
  children: AlarmTreeNode[];
}

/** The rule's children (resolved in the composite's own account and Region), recursively, cycles cut. */
export function compositeChildren(
  composite: LocatedAlarm,
  all: readonly LocatedAlarm[],
  seen: ReadonlySet<string> = new Set([composite.arn]),
): AlarmTreeNode[] {
  if (composite.type !== "composite" || !composite.alarmRule) return [];
  return ruleReferences(composite.alarmRule).map((ref) => {
    const name = referencedName(ref);
    const alarm = all.find(
      (a) =>
        a.accountId === composite.accountId &&
        a.region === composite.region &&
        (a.arn === ref || a.name === name),
    );
    const children =
      alarm && !seen.has(alarm.arn) ? compositeChildren(alarm, all, new Set([...seen, alarm.arn])) : [];
    return { ref, ...(alarm ? { alarm } : {}), children };
  });
}
