export interface SearchSchema {
  namespace: string;
  /** Metrics match only when their dimension names are exactly this set (any order). */
  dimensionNames: string[];
}

/** A value on the right of `Property=`; exact values are double-quoted and compared verbatim. */
export interface SearchValue {
  text: string;
  exact: boolean;
}

export type SearchNode =
  | { type: "and"; items: SearchNode[] }
  | { type: "or"; items: SearchNode[] }
  | { type: "not"; item: SearchNode }
  /** Free term: matched against namespace, metric name, dimension names and dimension values. */
  | { type: "term"; text: string; exact: boolean; start: number; end: number }
  /**
   * `MetricName=`, `Namespace=`, `:aws.AccountId=` or a dimension name; several values (from
   * `Name=(a OR b)`) mean any of them.
   */
  | { type: "property"; name: string; values: SearchValue[]; start: number; end: number };

export interface SearchQuery {
  text: string;
  schema?: SearchSchema;
  filter?: SearchNode;
}
