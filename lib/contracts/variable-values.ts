import { z } from "zod";

// GET /api/metrics/variable-values: the values of a dashboard property variable filled from a search
// (CloudWatch's `search` + `populateFrom`), listed in one account and Region.

export const variableValuesRequest = z.object({
  accountId: z.string().regex(/^\d{12}$/, "an AWS account id has 12 digits"),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "not an AWS Region name"),
  /** CloudWatch SEARCH syntax, e.g. `{AWS/EC2,InstanceId} MetricName="CPUUtilization"`. */
  search: z.string().min(1).max(1024),
  /** The dimension whose values are listed (e.g. InstanceId). */
  populateFrom: z.string().min(1).max(255),
  /** The saved dashboard whose variable this is: wall screens and anonymous viewers must name it. */
  dashboardId: z.string().min(1).max(200).optional(),
});

export const variableValuesResponse = z.object({
  values: z.array(z.string()),
  /** AWS listed more metrics than Watchwall reads; the values may be incomplete. */
  truncated: z.boolean(),
});

export type VariableValuesRequest = z.infer<typeof variableValuesRequest>;
export type VariableValuesResponse = z.infer<typeof variableValuesResponse>;
