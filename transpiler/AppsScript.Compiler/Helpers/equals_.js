/**
 * .NET's default equality for the values JavaScript holds: null and undefined are one null, NaN equals NaN
 * (double.Equals), everything else is ===; values .NET compares by their members (records, tuples, anonymous
 * types) are equal when their keys, given by the compiler's key function, are.
 */
function equals_(a, b, key) {
  if (a == null || b == null) return a == null && b == null;
  return key === undefined ? a === b || (a !== a && b !== b) : a === b || key(a) === key(b);
}
