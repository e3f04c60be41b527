// Who may use the Health API: the per-account support-plan switch and the organisation's organizational-view
// state. The switch set through `setHealthSubscription` is process-wide (like the control API's fault rules)
// and wins over a service's configured defaults.
import {
  ACCOUNTS_WITHOUT_SUPPORT_PLAN,
  HEALTH_MANAGEMENT_ACCOUNT_ID,
  ORG_ACCESS_DENIED,
  ORGANIZATIONAL_VIEW_ENABLED_BY_DEFAULT,
} from "./health-config";
import { organizationAccessDenied, subscriptionRequired } from "./health-errors";

const subscriptionOverrides = new Map<string, boolean>();

/** Gives `accountId` a support plan that includes the Health API (true) or takes it away (false). */
export function setHealthSubscription(accountId: string, enabled: boolean): void {
  subscriptionOverrides.set(accountId, enabled);
}

/** Forgets every `setHealthSubscription` call (tests). */
export function resetHealthSubscriptions(): void {
  subscriptionOverrides.clear();
}

export type OrganizationViewStatus = "ENABLED" | "DISABLED" | "PENDING";

export interface HealthAccessOptions {
  /** Per-account support-plan defaults; accounts not listed follow ACCOUNTS_WITHOUT_SUPPORT_PLAN. */
  subscriptions?: Readonly<Record<string, boolean>>;
  managementAccountId?: string;
  organizationalViewEnabled?: boolean;
}

export class HealthAccess {
  readonly managementAccountId: string;
  private orgView: boolean;

  constructor(private readonly options: HealthAccessOptions) {
    this.managementAccountId = options.managementAccountId ?? HEALTH_MANAGEMENT_ACCOUNT_ID;
    this.orgView = options.organizationalViewEnabled ?? ORGANIZATIONAL_VIEW_ENABLED_BY_DEFAULT;
  }

  hasSubscription(accountId: string): boolean {
    const override = subscriptionOverrides.get(accountId);
    if (override !== undefined) return override;
    const configured = this.options.subscriptions?.[accountId];
    if (configured !== undefined) return configured;
    return !ACCOUNTS_WITHOUT_SUPPORT_PLAN.includes(accountId);
  }

  requireSubscription(accountId: string): void {
    if (!this.hasSubscription(accountId)) throw subscriptionRequired();
  }

  /** Support plan, then management account; organizational view must be on for the Describe…ForOrganization calls. */
  requireManagement(accountId: string, needsOrgView: boolean): void {
    this.requireSubscription(accountId);
    if (accountId !== this.managementAccountId)
      throw organizationAccessDenied(ORG_ACCESS_DENIED.notManagement(accountId));
    if (needsOrgView && !this.orgView) throw organizationAccessDenied(ORG_ACCESS_DENIED.viewDisabled);
  }

  organizationViewStatus(): OrganizationViewStatus {
    return this.orgView ? "ENABLED" : "DISABLED";
  }

  setOrganizationView(enabled: boolean): void {
    this.orgView = enabled;
  }
}
