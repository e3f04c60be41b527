import { z } from "zod";

// GET /api/health: each part's status, so an operator (or a load balancer) sees what is failing.

export const partStatusSchema = z.object({ status: z.enum(["ok", "error"]), error: z.string().optional() });

export const healthResponse = z.object({
  status: z.enum(["ok", "error"]),
  database: partStatusSchema,
  aws: partStatusSchema.extend({ mode: z.enum(["simulator", "aws"]) }),
});
export type HealthReport = z.infer<typeof healthResponse>;
