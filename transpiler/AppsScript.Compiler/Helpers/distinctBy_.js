/**
 * Enumerable.DistinctBy: the first element for each key, in order; null and undefined keys are one null key.
 * Keys .NET compares by their members are compared by their value keys, which keyOf gives.
 */
function distinctBy_(source, keySelector, keyOf) {
  const seen = new Set();
  return source.filter((item) => {
    let key = keySelector(item) ?? null;
    if (key !== null && keyOf !== undefined) key = keyOf(key);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
