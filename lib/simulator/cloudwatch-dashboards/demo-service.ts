// "Service-Health": load balancer and Lambda health with metric math (error rates as 100*(errors/requests)),
// from the demo inventory of the account's home Region. Accounts without a load balancer get the Lambda part.
import { regionInventory } from "@/lib/simulator/demo/inventory";
import { metricWidget, type DashboardBody, type Json, type JsonObject } from "./demo-body-parts";

const REGION = "us-east-1";

function albWidgets(loadBalancer: string, targetGroup: string, name: string): JsonObject[] {
  return [
    metricWidget(0, 0, 12, 6, {
      title: `${name} — 5XX error rate`,
      view: "timeSeries",
      region: REGION,
      period: 60,
      metrics: [
        [
          "AWS/ApplicationELB",
          "RequestCount",
          "LoadBalancer",
          loadBalancer,
          { id: "m1", stat: "Sum", visible: false },
        ],
        [".", "HTTPCode_Target_5XX_Count", ".", ".", { id: "m2", stat: "Sum", visible: false }],
        [{ expression: "100*(m2/m1)", id: "e1", label: "5XX error rate (%)", color: "#d62728" }],
      ],
      yAxis: { left: { min: 0, label: "%", showUnits: false } },
      annotations: { horizontal: [{ label: "SLO 1%", value: 1, fill: "above" }] },
    }),
    metricWidget(12, 0, 12, 6, {
      title: `${name} — target response time`,
      view: "timeSeries",
      region: REGION,
      period: 60,
      metrics: [
        [
          "AWS/ApplicationELB",
          "TargetResponseTime",
          "LoadBalancer",
          loadBalancer,
          { stat: "p50", label: "p50" },
        ],
        ["...", { stat: "p99", label: "p99" }],
      ],
    }),
    metricWidget(0, 6, 6, 4, {
      title: "Requests (last hour)",
      view: "singleValue",
      region: REGION,
      stat: "Sum",
      period: 3600,
      metrics: [["AWS/ApplicationELB", "RequestCount", "LoadBalancer", loadBalancer]],
    }),
    metricWidget(6, 6, 6, 4, {
      title: "Healthy targets",
      view: "singleValue",
      region: REGION,
      stat: "Minimum",
      period: 60,
      metrics: [
        ["AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", targetGroup, "LoadBalancer", loadBalancer],
        [".", "UnHealthyHostCount", ".", ".", ".", "."],
      ],
    }),
  ];
}

function lambdaWidgets(functions: readonly string[], top: number): JsonObject[] {
  const [main] = functions;
  if (!main) return [];
  const durationRows: Json[] = functions.map((fn, i): Json =>
    i === 0 ? ["AWS/Lambda", "Duration", "FunctionName", fn, { label: fn }] : ["...", fn, { label: fn }],
  );
  return [
    metricWidget(12, top, 12, 6, {
      title: `${main} — error rate`,
      view: "timeSeries",
      region: REGION,
      stat: "Sum",
      period: 60,
      metrics: [
        ["AWS/Lambda", "Invocations", "FunctionName", main, { id: "m3", visible: false }],
        [".", "Errors", ".", ".", { id: "m4", visible: false }],
        [{ expression: "100*(m4/m3)", id: "e2", label: "Error rate (%)" }],
        [{ expression: "m3/PERIOD(m3)", id: "e3", label: "Invocations per second", yAxis: "right" }],
      ],
      yAxis: { left: { min: 0, label: "%", showUnits: false }, right: { min: 0, showUnits: false } },
    }),
    metricWidget(0, top + 6, 24, 6, {
      title: "Lambda duration (p95)",
      view: "timeSeries",
      region: REGION,
      stat: "p95",
      period: 300,
      metrics: durationRows,
      legend: { position: "right" },
    }),
  ];
}

function queueWidget(queue: string, top: number): JsonObject {
  return metricWidget(0, top, 12, 6, {
    title: `${queue} — backlog`,
    view: "timeSeries",
    region: REGION,
    stat: "Maximum",
    period: 60,
    metrics: [
      ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", queue],
      [".", "ApproximateAgeOfOldestMessage", ".", ".", { yAxis: "right" }],
    ],
  });
}

export function serviceHealth(accountId: string): DashboardBody {
  const inv = regionInventory(accountId, REGION);
  const alb = inv.alb[0];
  const functions = inv.lambda.map((fn) => fn.name);
  const queue = inv.sqs.find((q) => !q.deadLetter)?.name;
  const widgets: JsonObject[] = alb ? albWidgets(alb.loadBalancer, alb.targetGroup, alb.name) : [];
  const top = alb ? 10 : 0;
  if (queue) widgets.push(queueWidget(queue, top));
  widgets.push(...lambdaWidgets(functions, top));
  return { start: "-PT3H", widgets };
}
