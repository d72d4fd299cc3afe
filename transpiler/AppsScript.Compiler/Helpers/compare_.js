/**
 * .NET's Comparer<T>.Default for the values JavaScript holds: null (or undefined) before everything, NaN
 * before every other number, strings by UTF-16 code units (ordinal, as with invariant globalization),
 * false before true, tuples element by element, and an object (of a class implementing IComparable<T>, the
 * only objects the compiler lets through) by its own compareTo. Array.prototype.sort without a comparison
 * would compare the strings of numbers instead.
 */
function compare_(a, b) {
  if (a == null) return b == null ? 0 : -1;
  if (b == null) return 1;
  if (Array.isArray(a)) {
    for (let i = 0; i < a.length; i++) {
      const order = compare_(a[i], b[i]);
      if (order !== 0) return order;
    }
    return 0;
  }
  if (typeof a === "object") return a.compareTo(b);
  if (a !== a) return b !== b ? 0 : -1;
  if (b !== b) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
