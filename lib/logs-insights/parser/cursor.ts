import { syntaxErrorAt, type LogsQuerySyntaxError } from "../errors";
import { Lexer, type Token } from "../lexer";
import { MALFORMED_QUERY_MESSAGES as M } from "../semantics";

/** One-token lookahead over the on-demand lexer. */
export class Cursor {
  readonly lexer: Lexer;
  tok: Token;
  /** End offset of the last consumed token (for spans). */
  lastEnd = 0;

  constructor(readonly src: string) {
    this.lexer = new Lexer(src);
    this.tok = this.lexer.scan(0);
  }

  advance(): Token {
    const t = this.tok;
    this.lastEnd = t.end;
    this.tok = this.lexer.scan(t.end);
    return t;
  }

  /** The token after the current one (the current one must not be a regex-ambiguous `/`). */
  peekNext(): Token {
    return this.lexer.scan(this.tok.end);
  }

  /** Re-reads the current `/` as the start of a regex literal. */
  rescanAsRegex(): void {
    this.tok = this.lexer.scanRegex(this.tok.start);
  }

  /**
   * Consumes the run of non-blank characters starting at the current token as one bare word. Used for
   * unquoted URLs such as `referrer= http://host/` (an AWS documentation sample).
   */
  takeBareWord(): { text: string; start: number; end: number } {
    const start = this.tok.start;
    let end = start;
    while (end < this.src.length && !/[\s|()]/.test(this.src[end] ?? " ")) end++;
    this.lastEnd = end;
    this.tok = this.lexer.scan(end);
    return { text: this.src.slice(start, end), start, end };
  }

  isOp(op: string): boolean {
    return this.tok.type === "op" && this.tok.value === op;
  }

  isEof(): boolean {
    return this.tok.type === "eof";
  }

  /** Case-insensitive keyword test; keywords are plain identifiers in the token stream. */
  isKeyword(word: string): boolean {
    return this.tok.type === "ident" && this.tok.value.toLowerCase() === word;
  }

  acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.advance();
    return true;
  }

  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.advance();
    return true;
  }

  expectOp(op: string, expecting?: string): Token {
    if (!this.isOp(op)) throw this.mismatch(expecting ?? `'${op}'`);
    return this.advance();
  }

  /** A field name: a plain identifier or a back-quoted one. */
  expectFieldName(expecting = "FIELD"): Token {
    if (this.tok.type !== "ident" && this.tok.type !== "qident") throw this.mismatch(expecting);
    return this.advance();
  }

  mismatch(expecting: string): LogsQuerySyntaxError {
    const t = this.tok;
    const found = t.type === "eof" ? "<EOF>" : t.text;
    const message = M.mismatchedInput(found, expecting);
    if (t.type === "eof") return syntaxErrorAt(message, this.src.length, this.src.length);
    return syntaxErrorAt(message, t.start, t.end);
  }
}
