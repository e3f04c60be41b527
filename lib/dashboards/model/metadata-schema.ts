import { z } from "zod";

// What the dashboard list and the database store next to the document.

/** [I] Limits chosen for a usable list page; CloudWatch itself only limits names (255). */
export const MAX_DASHBOARD_NAME_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 4_000;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;
export const MAX_FOLDER_LENGTH = 255;

const tagSchema = z.string().trim().min(1).max(MAX_TAG_LENGTH);

export const dashboardMetadataSchema = z.strictObject({
  name: z.string().trim().min(1).max(MAX_DASHBOARD_NAME_LENGTH),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  tags: z
    .array(tagSchema)
    .max(MAX_TAGS)
    .refine((tags) => new Set(tags).size === tags.length, { message: "Tags must be unique" }),
  /** "/"-separated path such as "payments/prod"; absent means the top level. */
  folder: z
    .string()
    .max(MAX_FOLDER_LENGTH)
    .regex(/^[^/]+(\/[^/]+)*$/, { message: 'Folder must be names separated by "/", without empty parts' })
    .optional(),
});

export type DashboardMetadata = z.infer<typeof dashboardMetadataSchema>;
