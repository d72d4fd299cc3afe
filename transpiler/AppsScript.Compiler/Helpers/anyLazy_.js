/** Enumerable.Any over a sequence that may be an iterator's: it stops at the first element (that matches). */
function anyLazy_(source, predicate) {
  for (const item of source) {
    if (predicate === undefined || predicate(item)) return true;
  }
  return false;
}
