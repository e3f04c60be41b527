// "Cross-Region-Search": SEARCH expressions, rows pinned to other Regions and, in the monitoring account,
// rows from its linked source accounts — the parts of CloudWatch's format an importer most often gets wrong.
import { DEMO_REGIONS } from "@/lib/simulator/accounts";
import { linkedSourceAccounts } from "@/lib/simulator/demo/accounts";
import { regionInventory } from "@/lib/simulator/demo/inventory";
import {
  metricWidget,
  search,
  textWidget,
  type DashboardBody,
  type Json,
  type JsonObject,
} from "./demo-body-parts";

const HOME = "us-east-1";

function perRegionSearches(): Json[] {
  return DEMO_REGIONS.map((region, i): Json => [
    {
      expression: search('{AWS/Lambda,FunctionName} MetricName="Errors"', "Sum", 300),
      id: `e${i + 1}`,
      region,
      label: region,
    },
  ]);
}

function perRegionRows(accountId: string): Json[] {
  return DEMO_REGIONS.flatMap((region): Json[] => {
    const alb = regionInventory(accountId, region).alb[0];
    if (alb) {
      return [
        [
          "AWS/ApplicationELB",
          "RequestCount",
          "LoadBalancer",
          alb.loadBalancer,
          { region, stat: "Sum", label: `${region} requests` },
        ],
      ];
    }
    const fn = regionInventory(accountId, region).lambda[0];
    return fn
      ? [["AWS/Lambda", "Invocations", "FunctionName", fn.name, { region, stat: "Sum", label: region }]]
      : [];
  });
}

/** Own account plus linked source accounts (only the monitoring account has any). */
function crossAccountRows(accountId: string): Json[] {
  const accounts = [accountId, ...linkedSourceAccounts(accountId)];
  return accounts.flatMap((account): Json[] => {
    const fn = regionInventory(account, HOME).lambda[0];
    if (!fn) return [];
    return [
      [
        "AWS/Lambda",
        "Invocations",
        "FunctionName",
        fn.name,
        { accountId: account, label: `${account} ${fn.name}` },
      ],
    ];
  });
}

export function crossRegionSearch(accountId: string): DashboardBody {
  const widgets: JsonObject[] = [
    textWidget(
      0,
      0,
      24,
      2,
      "## Search and cross-Region views\nGraphs built from `SEARCH()` expressions and rows pinned to a Region or account.",
    ),
    metricWidget(0, 2, 12, 6, {
      title: "CPU of every EC2 instance",
      view: "timeSeries",
      region: HOME,
      metrics: [
        [
          {
            expression: search('{AWS/EC2,InstanceId} MetricName="CPUUtilization"', "Average", 300),
            id: "e1",
            label: "",
          },
        ],
      ],
      yAxis: { left: { min: 0, max: 100 } },
    }),
    metricWidget(12, 2, 12, 6, {
      title: "Lambda errors in every Region",
      view: "timeSeries",
      stacked: true,
      region: HOME,
      metrics: perRegionSearches(),
    }),
    metricWidget(0, 8, 12, 6, {
      title: "Traffic by Region",
      view: "bar",
      region: HOME,
      period: 3600,
      metrics: perRegionRows(accountId),
    }),
    metricWidget(12, 8, 12, 6, {
      title: "Invocations by account",
      view: "timeSeries",
      region: HOME,
      stat: "Sum",
      period: 300,
      accountId,
      metrics: crossAccountRows(accountId),
    }),
  ];
  return { start: "-P1D", periodOverride: "inherit", widgets };
}
