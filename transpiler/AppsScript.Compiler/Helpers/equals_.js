/**
 * .NET's default equality for the values JavaScript holds: null and undefined are one null, NaN equals NaN
 * (double.Equals), everything else is ===; values .NET compares by their members (records, tuples, anonymous
 * types) are equal when their keys, given by the compiler's key function, are; values of a class with its own
 * Equals are compared by it, given an equality object (see EqualityMap_), a.Equals(b) as .NET's default equality calls it.
 */
function equals_(a, b, key) {
  if (a == null || b == null) return a == null && b == null;
  if (key === undefined) return a === b || (a !== a && b !== b);
  return typeof key === "function" ? a === b || key(a) === key(b) : key.equals(a, b);
}
