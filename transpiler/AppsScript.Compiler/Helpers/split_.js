// requires: isWhiteSpace_, throwIfNegative_, trim_
/**
 * String.Split with what JavaScript's split lacks: several separators (each tried in order at every
 * position), none meaning .NET's whitespace, a count that keeps the rest of the string in the last part,
 * and StringSplitOptions (1 RemoveEmptyEntries, 2 TrimEntries). separators is one string (an empty one does
 * not split) or an array of chars or strings (an empty or null array means whitespace; empty strings in it
 * never match).
 */
function split_(text, separators, count, options) {
  const limit = count === null || count === undefined ? 2147483647 : count;
  throwIfNegative_(limit, "count");
  const removeEmpty = (options & 1) !== 0;
  const trimEntries = (options & 2) !== 0;
  const entry = (part) => (trimEntries ? trim_(part) : part);
  if (limit <= 1 || text.length === 0) {
    const only = limit > 0 ? entry(text) : text;
    return limit === 0 || (removeEmpty && only === "") ? [] : [only];
  }
  const byWhiteSpace = separators === null || separators === undefined || (typeof separators !== "string" && separators.length === 0);
  const list = typeof separators === "string" ? [separators] : byWhiteSpace ? [] : separators;
  const matchAt = (i) => (byWhiteSpace ? (isWhiteSpace_(text[i]) ? text[i] : null) : list.find((s) => s !== null && s !== "" && text.startsWith(s, i)) ?? null);
  const next = (from) => {
    for (let i = from; i < text.length; i++) {
      const separator = matchAt(i);
      if (separator !== null) return { index: i, end: i + separator.length };
    }
    return null;
  };
  const parts = [];
  const add = (part) => {
    const value = entry(part);
    if (!removeEmpty || value !== "") parts.push(value);
  };
  let start = 0;
  let found = next(0);
  while (found !== null && parts.length < limit - 1) {
    add(text.slice(start, found.index));
    start = found.end;
    found = next(start);
  }
  // Having reached the count, .NET skips the empty entries before the one that takes the rest.
  while (removeEmpty && found !== null && entry(text.slice(start, found.index)) === "") {
    start = found.end;
    found = next(start);
  }
  add(text.slice(start));
  return parts;
}
