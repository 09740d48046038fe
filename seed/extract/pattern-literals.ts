/**
 * Literal text a regular expression cannot match without: a list of strings one of which every
 * match contains (lower-cased ASCII), read from the pattern's source. The rule index uses it to
 * skip a rule's pattern on sentences that hold none of them. Only plain ASCII characters count as
 * literal; anything else (classes, escapes, lookarounds, optional parts) ends a literal, so the
 * answer is never wrong, only sometimes less selective. Undefined: the pattern may match anything.
 */

/** Reads one pattern; `at` walks its source. */
class Reader {
  at = 0;
  constructor(readonly source: string) {}

  /** Alternatives up to a closing parenthesis or the end: each must contain one of the strings. */
  alternatives(): string[] | undefined {
    const sets = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      sets.push(this.sequence());
    }
    return sets.every((s) => s !== undefined) ? [...new Set(sets.flat())] : undefined;
  }

  /** One alternative: the most selective of its required literal runs and required groups. */
  private sequence(): string[] | undefined {
    const required: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run) required.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const c = this.source[this.at]!;
      if (c === '(') {
        endRun();
        const group = this.group();
        if (group && this.quantifierMin() > 0) required.push(group);
      } else if (c === '[' || c === '\\' || c === '.' || c === '^' || c === '$' || c.charCodeAt(0) >= 128) {
        endRun();
        this.skipAtom();
        this.quantifierMin();
      } else {
        this.at++;
        const atom = this.at;
        const min = this.quantifierMin();
        if (min === 0) endRun();
        else run += c.toLowerCase();
        // "ab+c": what follows a repeated character does not stand right after its first one.
        if (this.at !== atom) endRun();
      }
    }
    endRun();
    return bestOf(required);
  }

  /** A group from its "(": its requirement, or undefined for a lookaround (it consumes nothing here). */
  private group(): string[] | undefined {
    const lookaround = /^\(\?<?[=!]/.exec(this.source.slice(this.at))?.[0];
    const opener = lookaround ?? /^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(this.source.slice(this.at))![0];
    this.at += opener.length;
    const inner = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error('unbalanced group');
    this.at++;
    return lookaround ? undefined : inner;
  }

  /** Skips a class, an escape (with its braces, hex digits or group reference) or a one-character atom. */
  private skipAtom(): void {
    const rest = this.source.slice(this.at);
    const atom = /^(?:\[(?:\\.|[^\]\\])*\]|\\[pPu]\{[^}]*\}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\k<[^>]*>|\\\d+|\\.|.)/su.exec(rest)![0];
    this.at += atom.length;
  }

  /** Reads the quantifier after an atom (if any) and returns its minimum count (1 without one). */
  private quantifierMin(): number {
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!q) return 1;
    this.at += q[0].length;
    return q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
  }
}

/** The requirement that filters best: the longest shortest string, then the fewest strings. */
function bestOf(required: string[][]): string[] | undefined {
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  return required.sort((a, b) => shortest(b) - shortest(a) || a.length - b.length)[0];
}

/** Strings one of which every match of the pattern contains, or undefined (also for a pattern it cannot read). */
export function requiredLiterals(source: string): string[] | undefined {
  const reader = new Reader(source);
  try {
    const found = reader.alternatives();
    return reader.at === source.length ? found : undefined;
  } catch {
    return undefined;
  }
}
