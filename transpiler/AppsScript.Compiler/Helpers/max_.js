// requires: compare_
/**
 * Enumerable.Max by .NET's default comparer: nulls are skipped, the first of equal values wins, NaN only
 * when every value is NaN; null when there is no value (for an empty sequence of a non-nullable type, nonEmpty_ throws first).
 */
function max_(values) {
  let result = null;
  for (const value of values) {
    if (value != null && (result === null || compare_(value, result) > 0)) result = value;
  }
  return result;
}
