// requires: compare_
/**
 * Enumerable.MinBy: the first element with the least key by .NET's default comparer, null keys skipped; the
 * first element when every key is null, undefined for an empty sequence.
 */
function minBy_(source, keySelector) {
  let result = source[0];
  let least = null;
  for (const item of source) {
    const key = keySelector(item);
    if (key != null && (least === null || compare_(key, least) < 0)) {
      least = key;
      result = item;
    }
  }
  return result;
}
