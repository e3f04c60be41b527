// Building blocks of the demo alarms: one SNS topic and a tag set per environment, and compact ways to
// declare single-metric, metric-math and composite alarms.

import type { Dimension } from "@/lib/metric-math";
import type { RegionInventory } from "@/lib/simulator/demo";
import { parseAlarmRule } from "./composite-rule";
import type {
  AlarmQuery,
  ComparisonOperator,
  CompositeAlarmConfig,
  MetricAlarmConfig,
  Tag,
  TreatMissingData,
} from "./model";

export type DemoAlarmDefinition =
  | { kind: "metric"; config: MetricAlarmConfig; tags: Tag[] }
  | { kind: "composite"; config: CompositeAlarmConfig; tags: Tag[] };

export interface SimpleAlarm {
  name: string;
  description: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  stat: string;
  period: number;
  threshold: number;
  operator: ComparisonOperator;
  evaluationPeriods: number;
  datapointsToAlarm?: number;
  treatMissingData?: TreatMissingData;
  unit?: string;
}

function dims(record: Record<string, string>): Dimension[] {
  return Object.entries(record).map(([name, value]) => ({ name, value }));
}

export class DemoBuilder {
  readonly out: DemoAlarmDefinition[] = [];
  private readonly topic: string;
  private readonly tags: Tag[];

  constructor(
    readonly inv: RegionInventory,
    readonly env: string,
  ) {
    this.topic = `arn:aws:sns:${inv.region}:${inv.accountId}:${env}-alerts`;
    this.tags = [
      { Key: "Environment", Value: env },
      { Key: "ManagedBy", Value: "watchwall-demo" },
    ];
  }

  private common(name: string, description: string) {
    return {
      name,
      description,
      actionsEnabled: true,
      okActions: [this.topic],
      alarmActions: [this.topic],
      insufficientDataActions: [],
    };
  }

  simple(a: SimpleAlarm): void {
    const basic = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"].includes(a.stat);
    const config: MetricAlarmConfig = {
      ...this.common(a.name, a.description),
      metric: { namespace: a.namespace, metricName: a.metricName, dimensions: dims(a.dimensions) },
      ...(basic ? { statistic: a.stat } : { extendedStatistic: a.stat }),
      period: a.period,
      evaluationPeriods: a.evaluationPeriods,
      ...(a.datapointsToAlarm !== undefined ? { datapointsToAlarm: a.datapointsToAlarm } : {}),
      threshold: a.threshold,
      comparisonOperator: a.operator,
      ...(a.treatMissingData !== undefined ? { treatMissingData: a.treatMissingData } : {}),
      ...(a.unit !== undefined ? { unit: a.unit } : {}),
    };
    this.out.push({ kind: "metric", config, tags: this.tags });
  }

  math(
    name: string,
    description: string,
    metrics: AlarmQuery[],
    extra: Partial<MetricAlarmConfig> & Pick<MetricAlarmConfig, "comparisonOperator" | "evaluationPeriods">,
  ): void {
    const period = metrics.find((m) => m.metricStat)?.metricStat?.period ?? 60;
    const config: MetricAlarmConfig = { ...this.common(name, description), metrics, period, ...extra };
    this.out.push({ kind: "metric", config, tags: this.tags });
  }

  composite(name: string, description: string, rule: string): void {
    const config: CompositeAlarmConfig = {
      ...this.common(name, description),
      rule,
      parsedRule: parseAlarmRule(rule),
    };
    this.out.push({ kind: "composite", config, tags: this.tags });
  }

  has(name: string): boolean {
    return this.out.some((d) => d.config.name === name);
  }
}

export function stat(
  id: string,
  namespace: string,
  metricName: string,
  d: Record<string, string>,
  s: string,
  period: number,
  returnData = false,
): AlarmQuery {
  return {
    id,
    returnData,
    metricStat: { metric: { namespace, metricName, dimensions: dims(d) }, period, stat: s },
  };
}
