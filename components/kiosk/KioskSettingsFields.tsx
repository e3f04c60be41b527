"use client";

import { DEFAULT_KIOSK_SETTINGS, type KioskControl, type KioskSettings } from "@/lib/dashboards/model";

// The dashboard's wall-display settings, inside the dashboard settings dialog.

const CONTROL_LABELS: Record<KioskControl, string> = {
  "time-range": "Time range",
  variables: "Variables",
};

export function KioskSettingsFields({
  value,
  onChange,
  className,
}: {
  value: KioskSettings | undefined;
  onChange: (next: KioskSettings) => void;
  className?: string;
}) {
  const settings = { ...DEFAULT_KIOSK_SETTINGS, ...value };
  const toggle = (control: KioskControl, on: boolean) =>
    onChange({
      ...settings,
      controls: on ? [...settings.controls, control] : settings.controls.filter((c) => c !== control),
    });
  return (
    <fieldset className={className} aria-label="Wall display (kiosk)">
      <legend>Wall display (?kiosk)</legend>
      <div style={{ display: "flex", gap: 16, flexWrap: "wrap", alignItems: "center" }}>
        <span>Controls kept:</span>
        {(Object.keys(CONTROL_LABELS) as KioskControl[]).map((control) => (
          <label key={control}>
            <input
              type="checkbox"
              checked={settings.controls.includes(control)}
              onChange={(e) => toggle(control, e.target.checked)}
            />{" "}
            {CONTROL_LABELS[control]}
          </label>
        ))}
        <label>
          Layout{" "}
          <select
            value={settings.fit}
            onChange={(e) =>
              onChange({ ...settings, fit: e.target.value === "scroll" ? "scroll" : "screen" })
            }
          >
            <option value="screen">Fit to screen</option>
            <option value="scroll">Scroll</option>
          </select>
        </label>
      </div>
    </fieldset>
  );
}
