/**
 * .NET's default equality for the values JavaScript holds: null and undefined are one null, NaN equals NaN
 * (double.Equals), everything else is ===.
 */
function equals_(a, b) {
  return a === b || (a == null && b == null) || (a !== a && b !== b);
}
