/**
 * Enumerable.Except: the distinct elements of the first sequence that are not in the second, in order;
 * excluded is the set of the second, which compares the elements as .NET does.
 */
function except_(first, excluded) {
  const result = [];
  for (const item of first) {
    if (excluded.has(item)) continue;
    excluded.add(item);
    result.push(item);
  }
  return result;
}
