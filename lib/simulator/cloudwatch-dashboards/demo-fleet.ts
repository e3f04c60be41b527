// "Fleet-Overview": EC2 CPU, network and status checks of an account's home Region, from the demo inventory.
import { findAccount } from "@/lib/simulator/accounts";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import { metricWidget, textWidget, type DashboardBody, type Json } from "./demo-body-parts";

const REGION = "us-east-1";

export function fleetOverview(accountId: string): DashboardBody {
  const inv = regionInventory(accountId, REGION);
  const alias = findAccount(accountId)?.alias ?? accountId;
  const [first, ...rest] = inv.ec2;
  const group = inv.ec2.find((vm) => vm.autoScalingGroup)?.autoScalingGroup;
  // One row per instance: the first spelled out, the others with "..." (same metric, new instance id).
  const cpuRows: Json[] = first
    ? [
        ["AWS/EC2", "CPUUtilization", "InstanceId", first.instanceId, { label: first.name }],
        ...rest.map((vm): Json => ["...", vm.instanceId, { label: vm.name }]),
      ]
    : [];
  const statusRows: Json[] = inv.ec2.map((vm): Json => [
    "AWS/EC2",
    "StatusCheckFailed",
    "InstanceId",
    vm.instanceId,
    { label: vm.name },
  ]);
  const networkRows: Json[] = group
    ? [
        ["AWS/EC2", "NetworkIn", "AutoScalingGroupName", group, { label: "In" }],
        [".", "NetworkOut", ".", ".", { label: "Out" }],
      ]
    : inv.ec2.flatMap((vm): Json[] => [
        ["AWS/EC2", "NetworkIn", "InstanceId", vm.instanceId, { label: `${vm.name} in` }],
        [".", "NetworkOut", ".", ".", { label: `${vm.name} out`, yAxis: "right" }],
      ]);
  const fleetCpu: Json[] = group
    ? [["AWS/EC2", "CPUUtilization", "AutoScalingGroupName", group]]
    : first
      ? [["AWS/EC2", "CPUUtilization", "InstanceId", first.instanceId, { label: first.name }]]
      : [];

  return {
    start: "-PT6H",
    periodOverride: "auto",
    widgets: [
      textWidget(
        0,
        0,
        24,
        2,
        `# Fleet overview — ${alias}\nEC2 instances in **${REGION}**. Retirement and maintenance notices for these instances appear in AWS Health.`,
      ),
      metricWidget(0, 2, 12, 6, {
        title: "CPU utilization by instance",
        view: "timeSeries",
        stacked: false,
        region: REGION,
        stat: "Average",
        period: 300,
        metrics: cpuRows,
        yAxis: { left: { min: 0, max: 100, label: "Percent", showUnits: false } },
        annotations: { horizontal: [{ label: "High CPU", value: 80, color: "#d62728" }] },
        legend: { position: "bottom" },
      }),
      metricWidget(12, 2, 12, 6, {
        title: group ? `Network traffic (${group})` : "Network traffic",
        view: "timeSeries",
        region: REGION,
        stat: "Sum",
        period: 300,
        metrics: networkRows,
      }),
      metricWidget(0, 8, 6, 4, {
        title: group ? "Web tier CPU" : "CPU",
        view: "singleValue",
        region: REGION,
        stat: "Average",
        period: 300,
        sparkline: true,
        metrics: fleetCpu,
      }),
      metricWidget(6, 8, 18, 4, {
        title: "Failed status checks",
        view: "timeSeries",
        stacked: true,
        region: REGION,
        stat: "Maximum",
        period: 60,
        metrics: statusRows,
        yAxis: { left: { min: 0 } },
      }),
    ],
  };
}
