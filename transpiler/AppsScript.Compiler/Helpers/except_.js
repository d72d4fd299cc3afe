/**
 * Enumerable.Except: the distinct elements of the first sequence that are not in the second, in order;
 * excluded is the set of the second, which compares the elements as .NET does, and to which each element is
 * added once, as .NET adds it (a KeyedSet_'s tryAdd finds the element's place once).
 */
function except_(first, excluded) {
  const result = [];
  for (const item of first) {
    const added = excluded instanceof Set ? !excluded.has(item) && excluded.add(item) !== undefined : excluded.tryAdd(item);
    if (added) result.push(item);
  }
  return result;
}
