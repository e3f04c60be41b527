import { z } from "zod";

/**
 * How the dashboard behaves on a wall display (`?kiosk`): which controls stay visible and whether widgets are
 * fitted to the screen height ("screen", the default) or keep their height and scroll ("scroll").
 */
export const KIOSK_CONTROLS = ["time-range", "variables"] as const;
export type KioskControl = (typeof KIOSK_CONTROLS)[number];

export const kioskSettingsSchema = z.strictObject({
  controls: z.array(z.enum(KIOSK_CONTROLS)).max(KIOSK_CONTROLS.length).optional(),
  fit: z.enum(["screen", "scroll"]).optional(),
});

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const DEFAULT_KIOSK_SETTINGS: Required<KioskSettings> = { controls: [], fit: "screen" };
