/** Enumerable.Except: the distinct elements of the first sequence that are not in the second, in order. */
function except_(first, second) {
  const excluded = new Set(second);
  const result = [];
  for (const item of first) {
    if (excluded.has(item)) continue;
    excluded.add(item);
    result.push(item);
  }
  return result;
}
