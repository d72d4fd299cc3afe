// requires: toUpperInvariant_
/**
 * string.Compare / CompareOrdinal / CompareTo as .NET computes them under invariant globalization: the
 * difference of the first differing UTF-16 units, else of the lengths; null sorts first. With ignoreCase,
 * both strings are compared upper-cased as OrdinalIgnoreCase does.
 */
function compareOrdinal_(a, b, ignoreCase) {
  if (a === b) return 0;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  const left = ignoreCase ? toUpperInvariant_(a) : a;
  const right = ignoreCase ? toUpperInvariant_(b) : b;
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const difference = left.charCodeAt(i) - right.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
