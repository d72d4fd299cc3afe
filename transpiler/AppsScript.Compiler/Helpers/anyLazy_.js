/**
 * Enumerable.Any over a sequence that may be an iterator's: it stops at the first element (that matches); without
 * a predicate it only asks whether there is one, reading no element, as .NET does.
 */
function anyLazy_(source, predicate) {
  if (predicate === undefined) {
    const iterator = source[Symbol.iterator]();
    if (iterator.next().done) return false;
    iterator.return?.();
    return true;
  }
  for (const item of source) {
    if (predicate(item)) return true;
  }
  return false;
}
