"use client";

import type { DashboardVariable } from "@/lib/dashboards/model";
import { newVariable, variableProblems } from "@/lib/client/variables-draft";
import styles from "./editor.module.css";
import viewStyles from "./view.module.css";

function valuesText(variable: DashboardVariable): string {
  return (variable.values ?? []).map((v) => v.value).join(", ");
}

function parseValues(text: string): DashboardVariable["values"] {
  const values = text
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
    .map((value) => ({ value }));
  return values.length > 0 ? values : undefined;
}

/** CloudWatch's variable fields, one row each; problems are shown on the row and block Apply. */
export function VariablesEditor({
  variables,
  onChange,
}: {
  variables: readonly DashboardVariable[];
  onChange: (variables: DashboardVariable[], valid: boolean) => void;
}) {
  const emit = (next: DashboardVariable[]) => onChange(next, variableProblems(next).length === 0);
  const update = (index: number, patch: Partial<DashboardVariable>) =>
    emit(variables.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const problems = variableProblems(variables);
  return (
    <fieldset className={styles.variables} data-testid="variables-editor">
      <legend>Variables</legend>
      {variables.length === 0 && <p className={viewStyles.muted}>No variables.</p>}
      {variables.map((variable, index) => {
        const name = variable.label ?? variable.id;
        const rowProblems = problems.filter((p) => p.index === index);
        return (
          <div key={index} className={styles.row} data-testid="variable-row">
            <label className={styles.field}>
              Id
              <input
                className={styles.input}
                aria-label={`Variable ${index + 1} id`}
                value={variable.id}
                onChange={(e) => update(index, { id: e.target.value })}
              />
            </label>
            <label className={styles.field}>
              Kind
              <select
                className={styles.input}
                aria-label={`Kind of ${name}`}
                value={variable.type}
                onChange={(e) =>
                  update(index, { type: e.target.value === "pattern" ? "pattern" : "property" })
                }
              >
                <option value="property">property</option>
                <option value="pattern">pattern</option>
              </select>
            </label>
            {variable.type === "property" ? (
              <label className={styles.field}>
                Property (dimension or region)
                <input
                  className={styles.input}
                  aria-label={`Property of ${name}`}
                  value={variable.property ?? ""}
                  onChange={(e) => update(index, { property: e.target.value || undefined })}
                />
              </label>
            ) : (
              <label className={styles.field}>
                Pattern (regular expression)
                <input
                  className={`${styles.input} ${styles.mono}`}
                  aria-label={`Pattern of ${name}`}
                  value={variable.pattern ?? ""}
                  onChange={(e) => update(index, { pattern: e.target.value || undefined })}
                />
              </label>
            )}
            {variable.type === "property" && (
              <>
                <label className={styles.field}>
                  Search that lists the values
                  <input
                    className={`${styles.input} ${styles.mono}`}
                    aria-label={`Search of ${name}`}
                    placeholder='{AWS/EC2,InstanceId} MetricName="CPUUtilization"'
                    value={variable.search ?? ""}
                    onChange={(e) => update(index, { search: e.target.value || undefined })}
                  />
                </label>
                <label className={styles.field}>
                  Values from dimension
                  <input
                    className={styles.input}
                    aria-label={`Values of ${name} from dimension`}
                    value={variable.populateFrom ?? ""}
                    onChange={(e) => update(index, { populateFrom: e.target.value || undefined })}
                  />
                </label>
              </>
            )}
            <label className={styles.field}>
              Label
              <input
                className={styles.input}
                aria-label={`Label of ${name}`}
                value={variable.label ?? ""}
                onChange={(e) => update(index, { label: e.target.value || undefined })}
              />
            </label>
            <label className={styles.field}>
              Input
              <select
                className={styles.input}
                aria-label={`Input of ${name}`}
                value={variable.inputType}
                onChange={(e) =>
                  update(index, {
                    inputType:
                      e.target.value === "select" ? "select" : e.target.value === "radio" ? "radio" : "input",
                  })
                }
              >
                <option value="input">text box</option>
                <option value="select">list</option>
                <option value="radio">radio</option>
              </select>
            </label>
            <label className={styles.field}>
              Values (comma separated)
              <input
                className={styles.input}
                aria-label={`Values of ${name}`}
                defaultValue={valuesText(variable)}
                onBlur={(e) => update(index, { values: parseValues(e.target.value) })}
              />
            </label>
            <label className={styles.field}>
              Default
              <input
                className={styles.input}
                aria-label={`Default of ${name}`}
                value={variable.defaultValue ?? ""}
                onChange={(e) => update(index, { defaultValue: e.target.value || undefined })}
              />
            </label>
            <button
              type="button"
              className={`${viewStyles.button} ${viewStyles.small}`}
              aria-label={`Remove variable ${name}`}
              onClick={() => emit(variables.filter((_, i) => i !== index))}
            >
              ✕
            </button>
            {rowProblems.map((p) => (
              <p key={p.message} className={styles.problem} role="alert">
                {p.message}
              </p>
            ))}
          </div>
        );
      })}
      <button
        type="button"
        className={viewStyles.button}
        onClick={() => emit([...variables, newVariable(variables)])}
      >
        Add variable
      </button>
    </fieldset>
  );
}
