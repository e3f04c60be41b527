// GetMetricData returns no units, but the units of AWS's own metrics are documented and fixed. Charts use
// them for axes and number formatting; custom metrics stay unitless unless the widget says otherwise.

const UNITS: Record<string, Record<string, string>> = {
  "AWS/EC2": {
    CPUUtilization: "Percent",
    NetworkIn: "Bytes",
    NetworkOut: "Bytes",
    NetworkPacketsIn: "Count",
    NetworkPacketsOut: "Count",
    EBSReadBytes: "Bytes",
    EBSWriteBytes: "Bytes",
    EBSReadOps: "Count",
    EBSWriteOps: "Count",
    StatusCheckFailed: "Count",
    CPUCreditBalance: "Count",
    CPUCreditUsage: "Count",
  },
  "AWS/RDS": {
    CPUUtilization: "Percent",
    DatabaseConnections: "Count",
    FreeStorageSpace: "Bytes",
    FreeableMemory: "Bytes",
    ReadIOPS: "Count/Second",
    WriteIOPS: "Count/Second",
    ReadLatency: "Seconds",
    WriteLatency: "Seconds",
    AuroraReplicaLag: "Milliseconds",
  },
  "AWS/Lambda": {
    Invocations: "Count",
    Errors: "Count",
    Throttles: "Count",
    Duration: "Milliseconds",
    ConcurrentExecutions: "Count",
  },
  "AWS/ApplicationELB": {
    RequestCount: "Count",
    TargetResponseTime: "Seconds",
    HealthyHostCount: "Count",
    UnHealthyHostCount: "Count",
    ActiveConnectionCount: "Count",
    ConsumedLCUs: "Count",
    HTTPCode_Target_2XX_Count: "Count",
    HTTPCode_Target_3XX_Count: "Count",
    HTTPCode_Target_4XX_Count: "Count",
    HTTPCode_Target_5XX_Count: "Count",
    HTTPCode_ELB_4XX_Count: "Count",
    HTTPCode_ELB_5XX_Count: "Count",
  },
  "AWS/DynamoDB": {
    ConsumedReadCapacityUnits: "Count",
    ConsumedWriteCapacityUnits: "Count",
    ReadThrottleEvents: "Count",
    WriteThrottleEvents: "Count",
    SuccessfulRequestLatency: "Milliseconds",
  },
  "AWS/SQS": {
    ApproximateNumberOfMessagesVisible: "Count",
    ApproximateNumberOfMessagesNotVisible: "Count",
    ApproximateAgeOfOldestMessage: "Seconds",
    NumberOfMessagesSent: "Count",
    NumberOfMessagesReceived: "Count",
  },
  "AWS/S3": {
    BucketSizeBytes: "Bytes",
    NumberOfObjects: "Count",
    FirstByteLatency: "Milliseconds",
    AllRequests: "Count",
  },
};

/** Units of the statistics that are counts whatever the metric's unit is. */
const COUNT_STATS = new Set(["SampleCount"]);

export function knownUnit(namespace: string, metricName: string, stat?: string): string | undefined {
  if (stat && COUNT_STATS.has(stat)) return "Count";
  return UNITS[namespace]?.[metricName];
}
