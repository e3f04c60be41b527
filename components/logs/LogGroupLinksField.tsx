"use client";

import { useState } from "react";

export interface LogGroupLinksFieldProps {
  label: string;
  value: readonly string[] | undefined;
  /** What applies when the field is empty (derived from the metrics, or the dashboard's). */
  fallback: readonly string[];
  onChange: (groups: string[] | undefined) => void;
  className?: string;
  inputClassName?: string;
}

/** The log groups "View logs" opens, comma separated; empty means the fallback shown as placeholder. */
export function LogGroupLinksField({
  label,
  value,
  fallback,
  onChange,
  className,
  inputClassName,
}: LogGroupLinksFieldProps) {
  const [text, setText] = useState((value ?? []).join(", "));
  return (
    <label className={className}>
      {label}
      <input
        className={inputClassName}
        value={text}
        placeholder={fallback.length > 0 ? fallback.join(", ") : "none derived: name log groups here"}
        onChange={(e) => {
          setText(e.target.value);
          const groups = e.target.value
            .split(",")
            .map((g) => g.trim())
            .filter(Boolean)
            .slice(0, 50);
          onChange(groups.length > 0 ? groups : undefined);
        }}
      />
    </label>
  );
}
