// AWS's request-validator wording ("1 validation error detected: Value 'x' at 'member' failed to satisfy
// constraint: ..."), shared by every simulated service that reports constraint violations.

export function violation(value: unknown, member: string, constraint: string): string {
  const shown = value === undefined || value === null ? "null" : `'${String(value)}'`;
  return `Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`;
}

export function validationMessage(violations: readonly string[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${violations.join("; ")}`;
}

export const CONSTRAINT = {
  notNull: "Member must not be null",
  minLength: (n: number) => `Member must have length greater than or equal to ${n}`,
  maxLength: (n: number) => `Member must have length less than or equal to ${n}`,
  minValue: (n: number) => `Member must have value greater than or equal to ${n}`,
  maxValue: (n: number) => `Member must have value less than or equal to ${n}`,
  pattern: (p: string) => `Member must satisfy regular expression pattern: ${p}`,
} as const;
