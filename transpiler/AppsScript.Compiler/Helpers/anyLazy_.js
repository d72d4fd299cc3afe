/**
 * Enumerable.Any over a sequence that may be an iterator's: it stops at the first element (that matches); without
 * a predicate it only asks whether there is one, reading no element, as .NET does, but for readsFirst: .NET asks
 * another LINQ operator for its first element, whose Current it reads.
 */
function anyLazy_(source, predicate, readsFirst) {
  if (predicate === undefined) {
    const iterator = source[Symbol.iterator]();
    const first = iterator.next();
    if (first.done) return false;
    if (readsFirst) void first.value;
    iterator.return?.();
    return true;
  }
  for (const item of source) {
    if (predicate(item)) return true;
  }
  return false;
}
