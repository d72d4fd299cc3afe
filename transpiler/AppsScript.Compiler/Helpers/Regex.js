// requires: ArgumentNullException, Match, regexClasses_
/**
 * System.Text.RegularExpressions.Regex over a RegExp the compiler translated from the .NET pattern, with .NET's
 * group numbers (unnamed groups first, then named ones): groupIndexes[n] is the JavaScript group of .NET group n
 * and groupNames[n] its name (both null where they are the numbers). The d flag gives each group's index.
 * Scanning goes on after an empty match one code unit further, as in .NET. Instances of one pattern share one
 * RegExp, since every search sets its lastIndex first and all matches of one search are found before an evaluator runs.
 */
class Regex {
  /**
   * The source with \w, \d, \s, their negations, \b and \B written out as .NET means them (the compiler leaves
   * them as escapes so that the output stays readable; inside a class it writes only \w, \d and \s).
   */
  static expand(source) {
    const word = `[${regexClasses_.b}]`;
    let inClass = false;
    return source.replace(/\\[\s\S]|[[\]]/g, (token) => {
      if (token === "[" || token === "]") {
        inClass = token === "[";
        return token;
      }
      const name = token[1];
      const contents = regexClasses_[name.toLowerCase()];
      if (name === "b") return `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
      if (name === "B") return `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
      if (contents === undefined) return token;
      if (inClass) return contents;
      return name === name.toLowerCase() ? `[${contents}]` : `[^${contents}]`;
    });
  }

  constructor(source, groupIndexes, groupNames) {
    this.pattern = Regex.compiled.get(source) ?? new RegExp(Regex.expand(source), "dg");
    Regex.compiled.set(source, this.pattern);
    this.groupIndexes = groupIndexes ?? null;
    this.groupNames = groupNames ?? null;
  }

  /** The first match at or after start, or a failed Match. */
  match(input, start = 0) {
    if (input === null || input === undefined) throw new ArgumentNullException(null, "input");
    this.pattern.lastIndex = start;
    return new Match(this, input, start <= input.length ? this.pattern.exec(input) : null);
  }

  isMatch(input) {
    return this.match(input).success;
  }

  /** Every match, each scan starting where the previous match ended (one further after an empty one). */
  matches(input) {
    const all = [];
    for (let found = this.match(input); found.success; found = found.nextMatch()) all.push(found);
    return all;
  }

  /** Regex.Replace with .NET's substitutions ($1, ${name}, $$, $&, $`, $', $+, $_), or with a MatchEvaluator. */
  replace(input, replacement) {
    if (replacement === null || replacement === undefined) throw new ArgumentNullException(null, typeof replacement === "function" ? "evaluator" : "replacement");
    let text = "";
    let end = 0;
    for (const found of this.matches(input)) {
      text += input.slice(end, found.index) + (typeof replacement === "function" ? replacement(found) ?? "" : this.substitute(replacement, found, input));
      end = found.index + found.length;
    }
    return text + input.slice(end);
  }

  /** Regex.Split: the text between matches, with the text of each group that took part, in .NET's group order. */
  split(input) {
    const parts = [];
    let end = 0;
    for (const found of this.matches(input)) {
      parts.push(input.slice(end, found.index));
      for (const group of found.groups.slice(1)) if (group.success) parts.push(group.value);
      end = found.index + found.length;
    }
    parts.push(input.slice(end));
    return parts;
  }

  /** One replacement pattern, read as .NET reads it: a $ that names no group is itself. */
  substitute(replacement, found, input) {
    return replacement.replace(/\$(?:\{([^}]*)\}|([0-9]+)|([$&`'+_]))?/g, (whole, braced, digits, symbol) => {
      if (whole.startsWith("${") || /^\$[0-9]/.test(whole)) {
        const text = whole.startsWith("${") ? braced : digits;
        const key = /^[0-9]+$/.test(text) ? Number(text) : text;
        const exists = typeof key === "number" ? key < found.groups.length : found.groups.some((group) => group.name === key);
        return exists ? Match.group(found.groups, key).value : whole;
      }
      switch (symbol) {
        case "$": return "$";
        case "&": return found.value;
        case "`": return input.slice(0, found.index);
        case "'": return input.slice(found.index + found.length);
        case "+": return found.groups[found.groups.length - 1].value;
        case "_": return input;
        default: return whole;
      }
    });
  }
}

Regex.compiled = new Map();
