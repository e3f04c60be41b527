import { z } from "zod";
import { MAX_DIMENSIONS } from "./constants";
import { isValidPeriod, isValidQueryId, isValidStatistic } from "@/lib/cloudwatch-body/statistics";

/** Keys we do not model, kept so an import → export round trip loses nothing. */
export const extraBagSchema = z.record(z.string(), z.unknown());

export const statisticSchema = z
  .string()
  .refine(isValidStatistic, { message: "Unknown statistic (e.g. Average, Sum, p99, TM(10%:90%))" });
export const periodSchema = z
  .int()
  .refine(isValidPeriod, { message: "Period must be 1, 5, 10, 30 or a multiple of 60 seconds" });
export const queryIdSchema = z.string().refine(isValidQueryId, {
  message: "Id must start with a lowercase letter and contain only letters, digits and _",
});
export const yAxisSideSchema = z.enum(["left", "right"]);

export const dimensionSchema = z.strictObject({ name: z.string().min(1), value: z.string() });

const commonQueryFields = {
  id: queryIdSchema,
  label: z.string().optional(),
  /** Seconds; absent: the widget's period (or the automatic one). */
  period: periodSchema.optional(),
  color: z.string().optional(),
  yAxis: yAxisSideSchema.optional(),
  /** False for inputs of an expression that should not be drawn. */
  visible: z.boolean(),
  /** Absent: the widget's account / Region. */
  accountId: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  extra: extraBagSchema.optional(),
};

export const metricQuerySchema = z.strictObject({
  kind: z.literal("metric"),
  namespace: z.string().min(1),
  metricName: z.string().min(1),
  dimensions: z.array(dimensionSchema).max(MAX_DIMENSIONS),
  stat: statisticSchema,
  ...commonQueryFields,
});

export const expressionQuerySchema = z.strictObject({
  kind: z.literal("expression"),
  /** Metric Math, SEARCH(...) or a Metrics Insights SELECT. */
  expression: z.string().min(1),
  ...commonQueryFields,
});

export const querySchema = z.discriminatedUnion("kind", [metricQuerySchema, expressionQuerySchema]);

export type Dimension = z.infer<typeof dimensionSchema>;
export type MetricQuery = z.infer<typeof metricQuerySchema>;
export type ExpressionQuery = z.infer<typeof expressionQuerySchema>;
export type Query = z.infer<typeof querySchema>;
export type ExtraBag = z.infer<typeof extraBagSchema>;
