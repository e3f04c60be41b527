// [I] Which log groups hold the logs behind a metric, by AWS's usual naming conventions (and the demo's).
// "View logs" on a time-series widget opens these unless the widget or dashboard names its own.
//
// | Namespace            | Dimension(s)                 | Log group                                        |
// | -------------------- | ---------------------------- | ------------------------------------------------ |
// | AWS/Lambda           | FunctionName                 | /aws/lambda/<FunctionName>                       |
// | AWS/ApiGateway       | ApiId + Stage                | API-Gateway-Execution-Logs_<ApiId>/<Stage>       |
// | AWS/ApiGateway       | ApiName                      | /aws/apigateway/<ApiName>                        |
// | AWS/ECS, ECS/ContainerInsights | ServiceName        | /ecs/<ServiceName>                               |
// | AWS/RDS              | DBInstanceIdentifier         | /aws/rds/instance/<id>/error                     |
// | AWS/ApplicationELB   | LoadBalancer (app/<name>/…)  | /watchwall/alb/<name>/access-logs (the demo's)   |
// | Watchwall/Shop       | Environment                  | /watchwall/shop/<Environment>/web (the demo's)   |

export interface MetricRef {
  namespace: string;
  dimensions: Readonly<Record<string, string>>;
}

export function logGroupsForMetric(metric: MetricRef): string[] {
  const d = metric.dimensions;
  switch (metric.namespace) {
    case "AWS/Lambda":
      return d.FunctionName ? [`/aws/lambda/${d.FunctionName}`] : [];
    case "AWS/ApiGateway":
      if (d.ApiId && d.Stage) return [`API-Gateway-Execution-Logs_${d.ApiId}/${d.Stage}`];
      if (d.ApiName) return [`/aws/apigateway/${d.ApiName}`];
      return [];
    case "AWS/ECS":
    case "ECS/ContainerInsights":
      return d.ServiceName ? [`/ecs/${d.ServiceName}`] : [];
    case "AWS/RDS":
      return d.DBInstanceIdentifier ? [`/aws/rds/instance/${d.DBInstanceIdentifier}/error`] : [];
    case "AWS/ApplicationELB": {
      const name = d.LoadBalancer?.split("/")[1];
      return name ? [`/watchwall/alb/${name}/access-logs`] : [];
    }
    case "Watchwall/Shop":
      return d.Environment ? [`/watchwall/shop/${d.Environment}/web`] : [];
    default:
      return [];
  }
}

/** The distinct groups of several metrics, in order of first appearance. */
export function logGroupsForMetrics(metrics: readonly MetricRef[]): string[] {
  return [...new Set(metrics.flatMap(logGroupsForMetric))];
}
