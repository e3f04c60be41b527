import type { DashboardVariable } from "@/lib/dashboards/model";

// Pure edits and checks of dashboard variables in the settings dialog; the server validates again on save.

export interface VariableProblem {
  index: number;
  message: string;
}

export function newVariable(existing: readonly DashboardVariable[]): DashboardVariable {
  const taken = new Set(existing.map((v) => v.id));
  let n = existing.length + 1;
  while (taken.has(`var${n}`)) n++;
  return { id: `var${n}`, type: "property", property: "", inputType: "input" };
}

/** What would make the server refuse the variables, said per row before Apply. */
export function variableProblems(variables: readonly DashboardVariable[]): VariableProblem[] {
  const problems: VariableProblem[] = [];
  const ids = new Set<string>();
  const properties = new Set<string>();
  variables.forEach((v, index) => {
    if (!v.id.trim()) problems.push({ index, message: "The variable needs an id." });
    else if (ids.has(v.id))
      problems.push({ index, message: `Another variable is already called "${v.id}".` });
    ids.add(v.id);
    if (Boolean(v.search) !== Boolean(v.populateFrom)) {
      problems.push({
        index,
        message: "A search needs the dimension its values come from, and the reverse.",
      });
    }
    if (v.type === "property") {
      if (!v.property?.trim()) problems.push({ index, message: "A property variable needs a property." });
      else if (properties.has(v.property))
        problems.push({ index, message: `Another variable already sets "${v.property}".` });
      else properties.add(v.property);
    } else if (!v.pattern) {
      problems.push({ index, message: "A pattern variable needs a pattern." });
    } else {
      try {
        new RegExp(v.pattern);
      } catch {
        problems.push({ index, message: `"${v.pattern}" is not a valid regular expression.` });
      }
    }
  });
  return problems;
}
