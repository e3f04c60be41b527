import type { AccountTarget } from "@/lib/aws/account-config";
import { classifyAwsError, describeFailure } from "@/lib/aws/errors";
import { describeAccountHealth, describeOrganizationHealth } from "@/lib/aws/health";
import type { AwsRuntime } from "@/lib/aws/runtime";
import { startPollScheduler, type PollScheduler, type PollTarget } from "@/lib/polling/scheduler";
import { ORGANIZATION_REPROBE_MS } from "./constants";
import {
  accountScope,
  deleteHealthSnapshot,
  organizationScope,
  pruneHealthSnapshots,
  saveHealthSnapshot,
} from "./snapshot-store";

// One Health poller per registered account, and one per organization whose management or delegated
// administrator account is registered. Which accounts can read their organization is found by asking: an
// account that is refused the organizational view is asked again only after ORGANIZATION_REPROBE_MS.

export interface HealthPollerOptions {
  intervalMs: number;
  accounts: () => Promise<Array<AccountTarget & { name: string }>>;
  shouldPoll?: () => Promise<boolean>;
  runtime?: AwsRuntime;
  log?: (line: string) => void;
  now?: () => Date;
}

interface HealthTarget extends PollTarget {
  account: AccountTarget & { name: string };
  organization: boolean;
}

/** Refusals meaning "this account cannot read an organization", not "the organization is unreadable". */
const NOT_AN_ORGANIZATION_ADMIN = new Set(["access-denied", "subscription-required", "invalid-request"]);

export function startHealthPollers(options: HealthPollerOptions): PollScheduler {
  const now = options.now ?? (() => new Date());
  const notAdminUntil = new Map<string, number>();
  return startPollScheduler<HealthTarget>({
    name: "health poller",
    intervalMs: options.intervalMs,
    ...(options.shouldPoll ? { shouldPoll: options.shouldPoll } : {}),
    ...(options.log ? { log: options.log } : {}),
    targets: async () =>
      (await options.accounts()).flatMap((account) => [
        { key: accountScope(account.id), account, organization: false },
        { key: organizationScope(account.id), account, organization: true },
      ]),
    onTargets: (keys) => pruneHealthSnapshots(keys.map((k) => k.slice(k.indexOf(":") + 1))),
    async poll({ account, organization, key: scope }) {
      const key = {
        scope,
        accountRef: account.id,
        awsAccountId: account.accountId,
        accountName: account.name,
        organization,
      };
      if (organization && (notAdminUntil.get(account.id) ?? 0) > now().getTime()) return {};
      try {
        const read = organization ? describeOrganizationHealth : describeAccountHealth;
        const { events } = await read(account, now(), options.runtime);
        await saveHealthSnapshot(key, { events }, now());
        return {};
      } catch (error) {
        const failure = classifyAwsError(error);
        if (organization && NOT_AN_ORGANIZATION_ADMIN.has(failure.kind)) {
          notAdminUntil.set(account.id, now().getTime() + ORGANIZATION_REPROBE_MS);
          await deleteHealthSnapshot(scope);
          return {};
        }
        await saveHealthSnapshot(key, { failure, message: describeFailure(failure) }, now());
        return { throttled: failure.kind === "throttled" };
      }
    },
  });
}
