/** Enumerable.DistinctBy: the first element for each key, in order; null and undefined keys are one null key. */
function distinctBy_(source, keySelector) {
  const seen = new Set();
  return source.filter((item) => {
    const key = keySelector(item) ?? null;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
