/** The headline of a connection test: says "all failed" when every Region failed, not "some". */
export function connectionSummary(checks: ReadonlyArray<{ ok: boolean }>): string {
  const failed = checks.filter((c) => !c.ok).length;
  const total = checks.length;
  if (total === 0) return "No Region was tested";
  if (failed === 0) return total === 1 ? "The Region is reachable" : `All ${total} Regions reachable`;
  if (failed === total) return total === 1 ? "The Region failed" : `All ${total} Regions failed`;
  return `${failed} of ${total} Regions failed`;
}
