/** double.CompareTo: -1, 0 or 1, with NaN equal to itself and below every other value, as .NET orders it. */
function compareDouble_(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  return 1;
}
