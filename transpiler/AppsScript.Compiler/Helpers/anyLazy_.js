/**
 * Enumerable.Any over a sequence that may be an iterator's: it stops at the first element (that matches); without
 * a predicate it only asks whether there is one: a class's own enumerator is not asked for Current, while another
 * operator reads the element it gives, as .NET's operators read the first element they are asked for.
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
