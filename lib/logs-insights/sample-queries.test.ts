// TEST-MATERIAL.md parts (c) and (e): AWS documentation sample queries and Grafana query strings must all be
// accepted (parse and compile).

import { describe, expect, it } from "vitest";
import { validateQuery } from "./index";

const AWS_DOC_SAMPLES = [
  // General
  "fields @timestamp, @message | sort @timestamp desc | limit 25",
  "filter @message like /Exception/ | stats count(*) as exceptionCount by bin(1h) | sort exceptionCount desc",
  "fields @message | filter @message not like /Exception/",
  // Lambda
  'filter @type = "REPORT" | stats max(@memorySize / 1000 / 1000) as provisonedMemoryMB, min(@maxMemoryUsed / 1000 / 1000) as smallestMemoryRequestMB, avg(@maxMemoryUsed / 1000 / 1000) as avgMemoryUsedMB, max(@maxMemoryUsed / 1000 / 1000) as maxMemoryUsedMB, provisonedMemoryMB - maxMemoryUsedMB as overProvisionedMB',
  'filter @type = "REPORT" | stats avg(@duration), max(@duration), min(@duration) by bin(5m)',
  // VPC flow logs
  "stats sum(packets) as packetsTransferred by srcAddr, dstAddr | sort packetsTransferred desc | limit 15",
  'filter isIpv4InSubnet(srcAddr, "192.0.2.0/24") | stats sum(bytes) as bytesTransferred by dstAddr | sort bytesTransferred desc | limit 15',
  "filter protocol=17 | stats count(*) by srcAddr",
  'filter logStatus="SKIPDATA" | stats count(*) by bin(1h) as t | sort t',
  // Route 53
  "stats count(*) by queryType, bin(1h)",
  "stats count(*) as numRequests by resolverIp | sort numRequests desc | limit 10",
  'filter responseCode="SERVFAIL" | stats count(*) by queryName',
  // CloudTrail
  "stats count(*) by eventSource, eventName, awsRegion",
  'filter (eventName="StartInstances" or eventName="StopInstances") and awsRegion="us-east-2"',
  'filter eventName="CreateUser" | fields awsRegion, requestParameters.userName, responseElements.user.arn',
  'filter eventName="UpdateTrail" and ispresent(errorCode) | stats count(*) by errorCode, errorMessage',
  'fields @timestamp, @message | filter requestParameters.instancesSet.items.0.instanceId="i-abcde123" | sort @timestamp desc',
  // NAT gateway
  "filter (dstAddr like 'x.x.x.x' and srcAddr like 'y.y.') | stats sum(bytes) as bytesTransferred by srcAddr, dstAddr | sort bytesTransferred desc | limit 10",
  "filter (srcAddr like 'x.x.x.x' and dstAddr not like 'y.y.') | stats sum(bytes) as bytesTransferred by srcAddr, dstAddr | sort bytesTransferred desc | limit 10",
  // Apache
  'fields @timestamp, remoteIP, request, status, filename| sort @timestamp desc | filter filename="/var/www/html/admin" | limit 20',
  'fields @timestamp, remoteIP, method, status | filter status="200" and referrer= http://34.250.27.141/ and method= "GET" | stats count_distinct(remoteIP) as UniqueVisits | limit 10',
  'fields @timestamp, function, process, message | filter message like "resuming normal operations" | sort @timestamp desc | limit 20',
  // parse / display / misc
  'parse @message "user=*, method:*, latency := *" as @user, @method, @latency | stats avg(@latency) by @method, @user',
  "parse @message /user=(?<user2>.*?), method:(?<method2>.*?), latency := (?<latency2>.*?)/ | stats avg(latency2) by @method2, @user2",
  'FIELDS @message | PARSE @message "* [*] *" as loggingTime, loggingType, loggingMessage | FILTER loggingType IN ["ERROR", "INFO"] | DISPLAY loggingMessage, loggingType = "ERROR" as isError',
  'fields @message | parse @message "[*] *" as loggingType, loggingMessage | filter loggingType = "ERROR" | display loggingMessage',
  'parse @message "[*] * The error was: *" as level, config, exception',
  "parse @message /\\[(?<level>\\S+)\\]\\s+(?<config>\\{.*\\})\\s+The error was: (?<exception>\\S+)/",
  "fields `foo-bar`, action, abs(f3-f4)",
  "fields concat(Operation, '-', StatusCode) as opStatus",
  "fields f1, f2, f3 | filter (duration>2000)",
  "fields f1, f2 | filter (f1=10 or f3>25)",
  "fields f1 | filter statusCode like /2\\d\\d/",
  "fields @timestamp, @message | filter statusCode in [300,400,500]",
  'fields @timestamp, @message | filter Type not in ["foo","bar",1]',
  "fields f1, f2, f3 | filter f1 =~ /Exception/",
  "fields f1, f2, f3 | filter f1 like /(?i)Exception/",
  "stats avg(f1) as myAvgF1 | sort myAvgF1 desc",
  "fields @timestamp, @message\n    # | filter @message like /delay/\n    | limit 20",
  // Newer command pages
  "fields @message | limit any 1",
  "fields @timestamp, latency | stats avg(latency) as avg_latency by bin(1m) | fillmissing with 0 for avg_latency",
  "SOURCE logGroups()",
  "SOURCE logGroups(namePrefix: ['namePrefix1', 'namePrefix2'])",
  "SOURCE logGroups(class: ['INFREQUENT_ACCESS'])",
  "SOURCE logGroups(accountIdentifiers:['111122223333'])",
  "parse @message /(?<NetworkInterface>eni-.*?) / | display NetworkInterface, @message",
  // WAF dashboard widgets
  "fields httpRequest.clientIp | stats count(*) as requestCount by httpRequest.country | sort requestCount desc | limit 100",
  'filter @message like /"action":"BLOCK"/ | display @timestamp, httpRequest.clientIp, httpRequest.uri, httpRequest.country, terminatingRuleId',
  `parse @message '"nonTerminatingMatchingRules":[{*}]' as nonTerminatingMatchingRules`,
  // pattern / diff / anomaly pages
  "pattern @message",
  "filter @message like /(?i)error/ | pattern @message | diff previousWeek",
  "fields @timestamp, @message | pattern @message | anomaly",
  'fields @timestamp, @message | filter @type = "REPORT" | pattern @message | anomaly',
  'fields @timestamp, @message | filter @type = "ERROR" | pattern @message | anomaly | sort @timestamp desc',
];

const GRAFANA_QUERIES = [
  "fields @timestamp,ltrim(@log) as __log__grafana_internal__,ltrim(@logStream) as __logstream__grafana_internal__|fields @message",
  "fields @message",
  "fields @timestamp, @message | limit 20 # this is a comment",
  `fields @timestamp, unmask(@message) as msg, @memorySize
  | filter (@message like /error/ and bytes > 1000)
  | parse @message /(?<NetworkInterface>eni-.*?)/
  | stats count(NetworkInterface), max(@memorySize / 1000 / 1000) as provisonedMemoryMB by bin(1m)
  # this is a comment with the next line left being intentionally blank

  | limit 20`,
  "pattern @message | diff ",
  "pattern @message | diff previousDay",
  // moto parser table
  "fields @timestamp",
  "limit 42",
  "sort @timestamp desc",
  "sort @timestamp asc",
  "sort @timestamp",
  "limit 42 | sort @timestamp desc | fields @timestamp",
  "fields @timestamp, @message, @logStream, @log | sort @timestamp desc | limit 20",
  // DescribeQueries rewrite
  'SOURCE "/demo/app" START=1704067200000 END=1704067500999 | fields @message',
];

describe("sample queries are accepted", () => {
  it.each(AWS_DOC_SAMPLES)("AWS docs: %s", (q) => {
    const v = validateQuery(q);
    expect(v.ok ? "ok" : v.error.message).toBe("ok");
  });
  it.each(GRAFANA_QUERIES)("Grafana / moto / DescribeQueries: %s", (q) => {
    const v = validateQuery(q);
    expect(v.ok ? "ok" : v.error.message).toBe("ok");
  });
});
