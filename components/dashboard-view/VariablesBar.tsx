"use client";

import { useState } from "react";
import type { DashboardVariable } from "@/lib/dashboards/model";
import styles from "./view.module.css";

function VariableInput({
  variable,
  value,
  error,
  onChange,
}: {
  variable: DashboardVariable;
  value: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  const [text, setText] = useState(value);
  const label = variable.label ?? variable.property ?? variable.id;
  if (error) {
    return (
      <span className={styles.muted} role="alert">
        {label}: could not list values ({error})
      </span>
    );
  }
  const listed = variable.values && variable.values.length > 0;
  // A searched variable lists its values even when saved as a text box; a value not (yet) in the list stays.
  if (listed && (variable.inputType !== "input" || variable.populateFrom)) {
    const options = variable.values ?? [];
    const known = options.some((v) => v.value === value);
    return (
      <label className={styles.muted}>
        {label}{" "}
        <select
          className={styles.button}
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {!known && <option value={value}>{value || "—"}</option>}
          {options.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label ?? v.value}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <label className={styles.muted}>
      {label}{" "}
      <input
        className={styles.button}
        aria-label={label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text !== value && onChange(text)}
        onKeyDown={(e) => e.key === "Enter" && text !== value && onChange(text)}
      />
    </label>
  );
}

function currentValue(variable: DashboardVariable, chosen: Readonly<Record<string, string>>): string {
  const value = chosen[variable.id];
  if (value !== undefined) return value;
  if (variable.defaultValue === "__FIRST") return variable.values?.[0]?.value ?? "";
  return variable.defaultValue ?? "";
}

/** The dashboard's variables (CloudWatch property and pattern variables); choices go to the URL. */
export function VariablesBar({
  variables,
  values,
  errors = {},
  onChange,
}: {
  variables: readonly DashboardVariable[];
  values: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
  onChange: (id: string, value: string) => void;
}) {
  const shown = variables.filter((v) => v.visible !== false);
  if (shown.length === 0) return null;
  return (
    <div className={styles.toolbar} data-testid="variables-bar">
      {shown.map((variable) => (
        <VariableInput
          key={`${variable.id}:${currentValue(variable, values)}`}
          variable={variable}
          value={currentValue(variable, values)}
          error={errors[variable.id]}
          onChange={(value) => onChange(variable.id, value)}
        />
      ))}
    </div>
  );
}
