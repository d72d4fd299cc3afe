/** Math.Log(a, newBase), with .NET's results for the bases 1, 0 and infinity, where ln(a) / ln(base) differs. */
function logBase_(a, newBase) {
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(newBase)) return newBase;
  if (newBase === 1) return NaN;
  if (a !== 1 && (newBase === 0 || newBase === Infinity)) return NaN;
  return Math.log(a) / Math.log(newBase);
}
