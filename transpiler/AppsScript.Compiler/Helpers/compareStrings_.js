// requires: toUpperInvariant_
/**
 * string.Compare and CompareTo as .NET computes them under invariant globalization, where they are ordinal:
 * the difference of the first differing UTF-16 units, else of the lengths; null sorts first. With
 * ignoreCase (OrdinalIgnoreCase), characters are upper-cased and compared as whole code points.
 */
function compareStrings_(a, b, ignoreCase) {
  if (a === b) return 0;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  if (ignoreCase) {
    const left = toUpperInvariant_(a);
    const right = toUpperInvariant_(b);
    for (let i = 0; i < left.length && i < right.length; ) {
      const x = left.codePointAt(i);
      const y = right.codePointAt(i);
      if (x !== y) return x - y;
      i += x > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
  }
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
