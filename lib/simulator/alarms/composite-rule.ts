// The composite-alarm rule language: ALARM(x) / OK(x) / INSUFFICIENT_DATA(x), TRUE, FALSE, AND, OR, NOT,
// parentheses and AT_LEAST(n|n%, [NOT] STATE, (x, y, …)). Alarm references are names or ARNs, quoted with
// double quotes or bare. Syntax errors use CloudWatch's wording: "Error in AlarmRule [Unsupported token
// 'Oldest' at char 67, must be: ')']" (0-based character position, as recorded).

import type { StateValue } from "./model";

export type RuleNode =
  | { type: "const"; value: boolean }
  | { type: "state"; state: StateValue; ref: string }
  | { type: "not"; operand: RuleNode }
  | { type: "and" | "or"; left: RuleNode; right: RuleNode }
  | {
      type: "atLeast";
      threshold: number;
      percent: boolean;
      state: StateValue;
      negate: boolean;
      refs: string[];
    };

/**
 * [I] Keywords are matched case-insensitively (AWS's own docs write both `FALSE` and `false`); alarm names
 * are case-sensitive.
 */
export const RULE_KEYWORDS_CASE_INSENSITIVE = true;

export class AlarmRuleSyntaxError extends Error {}

interface Token {
  kind: "(" | ")" | "," | "word" | "string" | "end";
  text: string;
  start: number;
}

function tokenize(rule: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < rule.length) {
    const ch = rule.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: ch, text: ch, start: i });
      i++;
      continue;
    }
    if (ch === '"') {
      const close = rule.indexOf('"', i + 1);
      if (close < 0)
        throw new AlarmRuleSyntaxError(`Error in AlarmRule [Unsupported token '"' at char ${i}]`);
      tokens.push({ kind: "string", text: rule.slice(i + 1, close), start: i });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < rule.length && !/[\s(),"]/.test(rule.charAt(j))) j++;
    tokens.push({ kind: "word", text: rule.slice(i, j), start: i });
    i = j;
  }
  tokens.push({ kind: "end", text: "", start: rule.length });
  return tokens;
}

const STATE_FUNCTIONS: Record<string, StateValue> = {
  ALARM: "ALARM",
  OK: "OK",
  INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
};

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] ?? { kind: "end", text: "", start: 0 };
  }

  private next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  private fail(token: Token, expected?: string): never {
    if (token.kind === "end")
      throw new AlarmRuleSyntaxError(
        `Error in AlarmRule [Unexpected end of rule at char ${token.start}${expected ? `, must be: '${expected}'` : ""}]`,
      );
    const text = token.kind === "string" ? `"${token.text}"` : token.text;
    throw new AlarmRuleSyntaxError(
      `Error in AlarmRule [Unsupported token '${text}' at char ${token.start}${expected ? `, must be: '${expected}'` : ""}]`,
    );
  }

  private expect(kind: Token["kind"]): Token {
    const t = this.next();
    if (t.kind !== kind) this.fail(t, kind);
    return t;
  }

  private keyword(token: Token): string | undefined {
    if (token.kind !== "word") return undefined;
    return RULE_KEYWORDS_CASE_INSENSITIVE ? token.text.toUpperCase() : token.text;
  }

  parseRule(): RuleNode {
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== "end") this.fail(rest);
    return node;
  }

  private parseOr(): RuleNode {
    let left = this.parseAnd();
    while (this.keyword(this.peek()) === "OR") {
      this.next();
      left = { type: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): RuleNode {
    let left = this.parseNot();
    while (this.keyword(this.peek()) === "AND") {
      this.next();
      left = { type: "and", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): RuleNode {
    if (this.keyword(this.peek()) === "NOT") {
      this.next();
      return { type: "not", operand: this.parseNot() };
    }
    return this.parsePrimary();
  }

  private parseRef(): string {
    const t = this.next();
    if ((t.kind !== "word" && t.kind !== "string") || t.text === "") this.fail(t);
    return t.text;
  }

  private parsePrimary(): RuleNode {
    const t = this.next();
    if (t.kind === "(") {
      const inner = this.parseOr();
      this.expect(")");
      return inner;
    }
    const word = this.keyword(t);
    if (word === "TRUE" || word === "FALSE") return { type: "const", value: word === "TRUE" };
    const state = word === undefined ? undefined : STATE_FUNCTIONS[word];
    if (state) {
      this.expect("(");
      const ref = this.parseRef();
      this.expect(")");
      return { type: "state", state, ref };
    }
    if (word === "AT_LEAST") return this.parseAtLeast();
    return this.fail(t);
  }

  private parseAtLeast(): RuleNode {
    this.expect("(");
    const amount = this.next();
    const match = amount.kind === "word" ? /^(\d+(?:\.\d+)?)(%?)$/.exec(amount.text) : null;
    if (!match) return this.fail(amount);
    this.expect(",");
    let negate = false;
    let stateToken = this.next();
    if (this.keyword(stateToken) === "NOT") {
      negate = true;
      stateToken = this.next();
    }
    const word = this.keyword(stateToken);
    const state = word === undefined ? undefined : STATE_FUNCTIONS[word];
    if (!state) return this.fail(stateToken);
    this.expect(",");
    this.expect("(");
    const refs = [this.parseRef()];
    while (this.peek().kind === ",") {
      this.next();
      refs.push(this.parseRef());
    }
    this.expect(")");
    this.expect(")");
    return { type: "atLeast", threshold: Number(match[1]), percent: match[2] === "%", state, negate, refs };
  }
}

export function parseAlarmRule(rule: string): RuleNode {
  return new Parser(tokenize(rule)).parseRule();
}

/** Every alarm reference in the rule, in order of first appearance. */
export function ruleReferences(node: RuleNode): string[] {
  const out: string[] = [];
  const visit = (n: RuleNode): void => {
    switch (n.type) {
      case "state":
        if (!out.includes(n.ref)) out.push(n.ref);
        return;
      case "atLeast":
        for (const r of n.refs) if (!out.includes(r)) out.push(r);
        return;
      case "not":
        visit(n.operand);
        return;
      case "and":
      case "or":
        visit(n.left);
        visit(n.right);
        return;
      case "const":
        return;
    }
  };
  visit(node);
  return out;
}

/** Alarm name of a reference: the part after `:alarm:` for ARNs, the reference itself otherwise. */
export function referencedName(ref: string): string {
  const marker = ":alarm:";
  if (!ref.startsWith("arn:")) return ref;
  const at = ref.indexOf(marker);
  return at < 0 ? ref : ref.slice(at + marker.length);
}

/** Evaluates the rule; `stateOf` gets alarm names (ARNs already resolved) and may return undefined. */
export function evaluateRule(node: RuleNode, stateOf: (name: string) => StateValue | undefined): boolean {
  switch (node.type) {
    case "const":
      return node.value;
    case "state":
      return stateOf(referencedName(node.ref)) === node.state;
    case "not":
      return !evaluateRule(node.operand, stateOf);
    case "and":
      return evaluateRule(node.left, stateOf) && evaluateRule(node.right, stateOf);
    case "or":
      return evaluateRule(node.left, stateOf) || evaluateRule(node.right, stateOf);
    case "atLeast": {
      let matching = 0;
      for (const ref of node.refs) {
        const inState = stateOf(referencedName(ref)) === node.state;
        if (inState !== node.negate) matching++;
      }
      return node.percent
        ? (matching * 100) / node.refs.length >= node.threshold
        : matching >= node.threshold;
    }
  }
}
