// requires: compare_
/**
 * Enumerable.MaxBy: the first element with the greatest key by .NET's default comparer, null keys skipped;
 * the first element when every key is null, undefined for an empty sequence.
 */
function maxBy_(source, keySelector) {
  let result = source[0];
  let greatest = null;
  for (const item of source) {
    const key = keySelector(item);
    if (key != null && (greatest === null || compare_(key, greatest) > 0)) {
      greatest = key;
      result = item;
    }
  }
  return result;
}
