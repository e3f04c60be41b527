import type { SavedQuery } from "@/lib/contracts/logs";

// Sample queries for the demo groups and for common AWS logs, listed under the "Samples" folder.

interface Sample {
  name: string;
  query: string;
  logGroups: string[];
}

const SAMPLES: Sample[] = [
  {
    name: "Samples/ALB/Requests by status over time",
    query:
      "parse @message '* * * * * * * * * * * * \"* * *\"' as type, time, elb, client, target, rpt, tpt, spt, status, tstatus, rbytes, sbytes, method, url, proto\n| stats count(*) as requests by bin(5m), status",
    logGroups: ["/watchwall/alb/prod-web-alb/access-logs"],
  },
  {
    name: "Samples/ALB/Requests per 5 minutes",
    query: "stats count(*) by bin(5m)",
    logGroups: ["/watchwall/alb/prod-web-alb/access-logs"],
  },
  {
    name: "Samples/Shop/Checkout errors",
    query: "fields @timestamp, @message\n| filter @message like /ERROR/\n| sort @timestamp desc\n| limit 200",
    logGroups: ["/watchwall/shop/production/web"],
  },
  {
    name: "Samples/Lambda/Slowest invocations",
    query:
      'filter @type = "REPORT"\n| fields @requestId, @duration, @billedDuration, @maxMemoryUsed / 1000000 as memoryMB\n| sort @duration desc\n| limit 20',
    logGroups: ["/aws/lambda/shop-checkout"],
  },
  {
    name: "Samples/Lambda/Errors per 5 minutes",
    query: "filter @message like /(?i)error|exception/\n| stats count(*) as errors by bin(5m)",
    logGroups: ["/aws/lambda/shop-checkout"],
  },
  {
    name: "Samples/VPC flow logs/Top talkers",
    query:
      "stats sum(bytes) as bytesTransferred by srcAddr, dstAddr\n| sort bytesTransferred desc\n| limit 10",
    logGroups: [],
  },
  {
    name: "Samples/VPC flow logs/Rejected connections",
    query:
      'filter action = "REJECT"\n| stats count(*) as rejected by srcAddr, dstPort\n| sort rejected desc\n| limit 20',
    logGroups: [],
  },
  {
    name: "Samples/CloudTrail/API calls by service",
    query: "stats count(*) as calls by eventSource, eventName\n| sort calls desc\n| limit 25",
    logGroups: [],
  },
  {
    name: "Samples/CloudTrail/Access denied",
    query:
      "filter errorCode like /AccessDenied|UnauthorizedOperation/\n| fields @timestamp, userIdentity.arn, eventSource, eventName, errorCode\n| sort @timestamp desc",
    logGroups: [],
  },
];

export function sampleQueries(accountId: string, region: string): SavedQuery[] {
  return SAMPLES.map((s, i) => ({
    id: `sample-${i}`,
    name: s.name,
    query: s.query,
    accountId,
    region,
    logGroups: s.logGroups,
    updatedAt: new Date(0).toISOString(),
    origin: "sample",
  }));
}
