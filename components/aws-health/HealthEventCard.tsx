import Link from "next/link";
import { healthGroup } from "@/lib/aws-health/groups";
import type { HealthEventView } from "@/lib/contracts/aws-health";
import styles from "./health.module.css";

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : "–";
}

/** One event: what, where, when, which accounts, its description and affected resources with their links. */
export function HealthEventCard({ event }: { event: HealthEventView }) {
  const group = healthGroup(event);
  return (
    <article
      className={styles.event}
      data-testid="health-event"
      data-group={group}
      data-service={event.service}
      data-region={event.region}
      data-status={event.statusCode}
      data-category={event.category}
    >
      <div className={styles.title}>
        {event.service} · {event.eventTypeCode.replace(/^AWS_/, "").replaceAll("_", " ").toLowerCase()} ·{" "}
        {event.region}
        {event.availabilityZone ? ` (${event.availabilityZone})` : ""}
      </div>
      <div className={styles.meta}>
        {event.statusCode} · started {when(event.startTime)}
        {event.endTime ? ` · ended ${when(event.endTime)}` : ""} · updated {when(event.lastUpdatedTime)} ·{" "}
        {event.accounts.map((a) => `${a.name} (${a.id})`).join(", ")}
        {event.viaOrganization ? " · organization view" : ""}
      </div>
      <details>
        <summary>
          Description{event.entities.length ? ` and ${event.entities.length} affected resources` : ""}
        </summary>
        <p className={styles.description}>{event.description || "No description."}</p>
        {event.entities.length > 0 && (
          <ul className={styles.entities} data-testid="health-entities">
            {event.entities.map((entity) => {
              const links = event.links.filter((l) => l.entity === entity.value);
              return (
                <li key={`${entity.awsAccountId ?? ""}/${entity.value}`} data-testid="health-entity">
                  <code>{entity.value}</code>
                  {entity.awsAccountId ? ` (${entity.awsAccountId})` : ""}
                  {entity.status ? ` · ${entity.status}` : ""}
                  {links.map((link) => (
                    <span key={link.href}>
                      {" · "}
                      <Link href={link.href} data-testid={`health-link-${link.kind}`}>
                        {link.kind === "alarm" ? "Alarm" : "Dashboard"}: {link.label}
                      </Link>
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </article>
  );
}
