"use client";

import styles from "./metric-browser.module.css";

interface NamespaceListProps {
  namespaces: ReadonlyArray<{ name: string; count: number }>;
  /** Undefined: all namespaces. */
  selected: string | undefined;
  onSelect: (namespace: string | undefined) => void;
}

export function NamespaceList({ namespaces, selected, onSelect }: NamespaceListProps) {
  const total = namespaces.reduce((sum, n) => sum + n.count, 0);
  const entries: Array<{ name: string | undefined; label: string; count: number }> = [
    { name: undefined, label: "All namespaces", count: total },
    ...namespaces.map((n) => ({ name: n.name, label: n.name, count: n.count })),
  ];
  return (
    <ul className={styles.namespaces} aria-label="Namespaces">
      {entries.map((entry) => (
        <li key={entry.name ?? ""}>
          <button
            type="button"
            className={styles.namespace}
            aria-pressed={entry.name === selected}
            data-testid="namespace-item"
            onClick={() => onSelect(entry.name)}
          >
            <span className={styles.namespaceName}>{entry.label}</span>
            <span className={styles.count}>{entry.count.toLocaleString("en-US")}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
