import { z } from "zod";
import { yAxisSideSchema } from "./query-schema";

// Display options of metric widgets. They mirror CloudWatch's JSON, and are loose objects: keys CloudWatch adds
// later stay in the object and are written back on export.

export const axisSchema = z.looseObject({
  min: z.number().optional(),
  max: z.number().optional(),
  label: z.string().optional(),
  showUnits: z.boolean().optional(),
});

export const yAxesSchema = z.looseObject({ left: axisSchema.optional(), right: axisSchema.optional() });

export const legendSchema = z.looseObject({ position: z.enum(["right", "bottom", "hidden"]).optional() });

const horizontalLineFields = {
  value: z.number(),
  label: z.string().optional(),
  color: z.string().optional(),
  fill: z.enum(["above", "below", "none"]).optional(),
  visible: z.boolean().optional(),
  yAxis: yAxisSideSchema.optional(),
};
export const horizontalEdgeSchema = z.looseObject(horizontalLineFields);

/** A threshold line, or a band between two values (CloudWatch writes a band as a two-element array). */
export const horizontalAnnotationSchema = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("line"), ...horizontalLineFields }),
  z.strictObject({ kind: z.literal("band"), from: horizontalEdgeSchema, to: horizontalEdgeSchema }),
]);

const verticalLineFields = {
  /** ISO-8601 instant, as CloudWatch writes it. */
  value: z.string().min(1),
  label: z.string().optional(),
  color: z.string().optional(),
  fill: z.enum(["before", "after", "none"]).optional(),
  visible: z.boolean().optional(),
};
export const verticalEdgeSchema = z.looseObject(verticalLineFields);

export const verticalAnnotationSchema = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("line"), ...verticalLineFields }),
  z.strictObject({ kind: z.literal("band"), from: verticalEdgeSchema, to: verticalEdgeSchema }),
]);

export const annotationsSchema = z.looseObject({
  horizontal: z.array(horizontalAnnotationSchema).optional(),
  vertical: z.array(verticalAnnotationSchema).optional(),
  /** Alarm ARNs drawn as threshold + state. */
  alarms: z.array(z.string()).optional(),
});

export const tableOptionsSchema = z.looseObject({
  layout: z.enum(["horizontal", "vertical"]).optional(),
  summaryColumns: z.array(z.string()).optional(),
  stickySummary: z.boolean().optional(),
  showTimeSeriesData: z.boolean().optional(),
});

export const labelsOptionSchema = z.looseObject({ visible: z.boolean().optional() });

export type Axis = z.infer<typeof axisSchema>;
export type YAxes = z.infer<typeof yAxesSchema>;
export type Legend = z.infer<typeof legendSchema>;
export type HorizontalAnnotation = z.infer<typeof horizontalAnnotationSchema>;
export type HorizontalEdge = z.infer<typeof horizontalEdgeSchema>;
export type VerticalAnnotation = z.infer<typeof verticalAnnotationSchema>;
export type VerticalEdge = z.infer<typeof verticalEdgeSchema>;
export type Annotations = z.infer<typeof annotationsSchema>;
export type TableOptions = z.infer<typeof tableOptionsSchema>;
