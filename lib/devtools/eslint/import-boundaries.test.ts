import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Each boundary is proved to fire by linting a small offending file with the project's real ESLint config
// (the file need not exist: lintText takes its would-be path), and proved not to fire on the allowed case.

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (m) =>
        m.ruleId === "watchwall/layer-imports" ||
        m.ruleId === "watchwall/no-folder-cycle" ||
        m.ruleId === "no-restricted-imports",
    )
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe("import boundaries (ESLint)", () => {
  it("the simulator imports only pure engines and itself", async () => {
    const hits = await ruleHits(
      "lib/simulator/cloudwatch/probe.ts",
      'import { createDashboard } from "@/lib/dashboards/repository";\nexport const x = createDashboard;\n',
    );
    expect(hits).toEqual([
      expect.stringMatching(/^watchwall\/layer-imports: The simulator imports only pure engines/),
    ]);
    expect(
      await ruleHits(
        "lib/simulator/cloudwatch/probe.ts",
        'import { parseExpression } from "@/lib/metric-math";\nimport { checkCloudWatchBody } from "@/lib/cloudwatch-body";\nimport { x as y } from "../core/types";\nexport const x = [parseExpression, checkCloudWatchBody, y];\n',
      ),
    ).toEqual([]);
  });

  it("the simulator never reaches product code through a relative path either", async () => {
    const hits = await ruleHits(
      "lib/simulator/cloudwatch/probe.ts",
      'import { db } from "../../db/client";\nexport const x = db;\n',
    );
    expect(hits).toEqual([expect.stringMatching(/layer-imports: The simulator imports only pure engines/)]);
  });

  it("product code reaches the simulator only through the launcher", async () => {
    const hits = await ruleHits(
      "lib/demo-dashboards/probe.ts",
      'import { regionInventory } from "@/lib/simulator/demo";\nexport const x = regionInventory;\n',
    );
    expect(hits).toEqual([
      expect.stringMatching(/layer-imports: Product code reaches the simulator only through the launcher/),
    ]);
    expect(
      await ruleHits(
        "lib/server/probe.ts",
        'import { regionInventory } from "@/lib/simulator/demo";\nexport const x = regionInventory;\n',
      ),
    ).toEqual([]);
  });

  it("browser code imports neither server modules nor server packages", async () => {
    const component = await ruleHits(
      "components/accounts/Probe.tsx",
      'import type { RegisteredAccount } from "@/lib/accounts/repository";\nexport type X = RegisteredAccount;\n',
    );
    expect(component).toEqual([
      expect.stringMatching(/layer-imports: Browser code .* '@\/lib\/accounts\/repository'/),
    ]);
    const client = await ruleHits("lib/client/probe.ts", 'import pg from "pg";\nexport const x = pg;\n');
    expect(client).toContainEqual(expect.stringMatching(/layer-imports: Browser code .* 'pg'/));
    expect(
      await ruleHits(
        "components/accounts/Probe.tsx",
        'import { accountViewSchema } from "@/lib/contracts/accounts";\nimport { api } from "@/lib/client/api";\nimport { formatTime } from "@/lib/time";\nexport const x = [accountViewSchema, api, formatTime];\n',
      ),
    ).toEqual([]);
  });

  it("a 'use client' file anywhere is browser code", async () => {
    const hits = await ruleHits(
      "app/probe/Probe.tsx",
      '"use client";\nimport { listAccounts } from "@/lib/accounts/repository";\nexport const x = listAccounts;\n',
    );
    expect(hits).toEqual([expect.stringMatching(/layer-imports: Browser code/)]);
    // The same import in a server component is allowed.
    expect(
      await ruleHits(
        "app/probe/page.tsx",
        'import { listAccounts } from "@/lib/accounts/repository";\nexport const x = listAccounts;\n',
      ),
    ).toEqual([]);
  });

  it("pure modules stay pure: a value import of lib/aws from a browser-side model fires", async () => {
    const hits = await ruleHits(
      "lib/account-settings/probe.ts",
      'import { credentialTypes } from "@/lib/aws/account-config";\nexport const x = credentialTypes;\n',
    );
    expect(hits).toEqual([
      expect.stringMatching(/layer-imports: Browser code .* '@\/lib\/aws\/account-config'/),
    ]);
  });

  it("no cycle between lib/ folders", async () => {
    // lib/dashboards already imports lib/time, so lib/time importing lib/dashboards would close a cycle.
    const hits = await ruleHits(
      "lib/time/probe.ts",
      'import { DEFAULT_STAT } from "@/lib/dashboards/model";\nexport const x = DEFAULT_STAT;\n',
    );
    expect(hits).toEqual([
      expect.stringMatching(
        /no-folder-cycle: lib\/time → lib\/dashboards closes a cycle between lib\/ folders: lib\/time → lib\/dashboards → .*lib\/time/,
      ),
    ]);
    expect(
      await ruleHits(
        "lib/dashboards/probe.ts",
        'import { formatTime } from "@/lib/time";\nexport const x = formatTime;\n',
      ),
    ).toEqual([]);
  });

  it("only lib/aws imports the AWS SDK, and only lib/ touches the database", async () => {
    expect(
      await ruleHits(
        "lib/metrics/probe.ts",
        'import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";\nexport const x = CloudWatchClient;\n',
      ),
    ).toEqual([expect.stringMatching(/no-restricted-imports: .*Only lib\/aws\/ may import the AWS SDK/)]);
    expect(
      await ruleHits(
        "app/api/probe/route.ts",
        'import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;\n',
      ),
    ).toEqual([expect.stringMatching(/no-restricted-imports: .*Only lib\/ touches the database/)]);
  });
});
