// Queries of the simulator's demo world that many tests draw: one definition, so a change to the demo world
// is one edit here.

/** Average CPU of the production web Auto Scaling group (demo account 111111111111, every Region). */
export const PRODUCTION_WEB_CPU = {
  kind: "metric" as const,
  id: "m1",
  namespace: "AWS/EC2",
  metricName: "CPUUtilization",
  dimensions: [{ name: "AutoScalingGroupName", value: "production-web-asg" }],
  stat: "Average",
  visible: true,
};
