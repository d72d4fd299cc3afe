// requires: InvalidOperationException
/** Enumerable.First: the first element (that matches), else .NET's InvalidOperationException. */
function first_(source, predicate) {
  for (const item of source) {
    if (predicate === undefined || predicate(item)) return item;
  }
  throw new InvalidOperationException(predicate === undefined ? "Sequence contains no elements" : "Sequence contains no matching element");
}
