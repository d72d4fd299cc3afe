/** Enumerable.All over a sequence that may be an iterator's: it stops at the first element that fails the predicate. */
function allLazy_(source, predicate) {
  for (const item of source) {
    if (!predicate(item)) return false;
  }
  return true;
}
