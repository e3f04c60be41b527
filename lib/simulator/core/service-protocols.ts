// Static wire facts of each simulated service: how requests name it and how its replies must look.
import type { ServiceName, WireProtocol } from "./types";

export interface ServiceProtocolInfo {
  name: ServiceName;
  /** SigV4 signing name, as found in the credential scope. */
  signingName: string;
  /** `X-Amz-Target` prefix (also the CBOR `/service/<target>/` path segment). */
  jsonTarget?: string;
  jsonVersion?: "1.0" | "1.1";
  /** awsQueryCompatible trait: JSON/CBOR errors carry `x-amzn-query-error` and legacy statuses. */
  queryCompatible: boolean;
  /** awsQuery `Version` parameter. */
  queryVersion?: string;
  xmlNamespace?: string;
  /** Namespace used for the JSON `__type` of modeled errors; absent = bare error name. */
  errorNamespace?: string;
  protocols: readonly WireProtocol[];
}

export const SERVICE_PROTOCOLS: Readonly<Record<ServiceName, ServiceProtocolInfo>> = {
  cloudwatch: {
    name: "cloudwatch",
    signingName: "monitoring",
    jsonTarget: "GraniteServiceVersion20100801",
    jsonVersion: "1.0",
    queryCompatible: true,
    queryVersion: "2010-08-01",
    xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
    // Seen in real-AWS snapshots; the SDK only looks at the part after '#'.
    errorNamespace: "com.amazonaws.cloudwatch.v2010_08_01",
    protocols: ["json", "query", "cbor"],
  },
  logs: {
    name: "logs",
    signingName: "logs",
    jsonTarget: "Logs_20140328",
    jsonVersion: "1.1",
    queryCompatible: false,
    protocols: ["json"],
  },
  health: {
    name: "health",
    signingName: "health",
    jsonTarget: "AWSHealth_20160804",
    jsonVersion: "1.1",
    queryCompatible: false,
    protocols: ["json"],
  },
  sts: {
    name: "sts",
    signingName: "sts",
    queryCompatible: false,
    queryVersion: "2011-06-15",
    xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
    protocols: ["query"],
  },
};

const ALL = Object.values(SERVICE_PROTOCOLS);

export function serviceByJsonTarget(target: string): ServiceProtocolInfo | undefined {
  return ALL.find((s) => s.jsonTarget === target);
}

export function serviceByQueryVersion(version: string): ServiceProtocolInfo | undefined {
  return ALL.find((s) => s.queryVersion === version);
}

export function serviceBySigningName(signingName: string): ServiceProtocolInfo | undefined {
  return ALL.find((s) => s.signingName === signingName);
}

/** The protocol a service's current SDK client speaks; used to render errors when the request was unclear. */
export function defaultProtocol(service: ServiceProtocolInfo): WireProtocol {
  return service.jsonTarget ? "json" : "query";
}

/** What the codecs need to know about one request to answer it the way its client expects. */
export interface Wire {
  service: ServiceProtocolInfo;
  protocol: WireProtocol;
  /** Operation name; empty when the request named none. */
  operation: string;
  /** `x-amzn-query-mode: true` was sent: query-compatible services answer with legacy HTTP statuses. */
  queryMode: boolean;
}
