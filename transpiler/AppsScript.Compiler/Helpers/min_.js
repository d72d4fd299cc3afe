// requires: compare_
/**
 * Enumerable.Min by .NET's default comparer: nulls are skipped, the first of equal values wins, NaN is the
 * least double; null when there is no value (for an empty sequence of a non-nullable type, nonEmpty_ throws first).
 */
function min_(values) {
  let result = null;
  for (const value of values) {
    if (value != null && (result === null || compare_(value, result) < 0)) result = value;
  }
  return result;
}
