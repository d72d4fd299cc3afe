// requires: InvalidOperationException
/** Enumerable.Last: the last element (that matches), searched from the end, else .NET's InvalidOperationException. */
function last_(source, predicate) {
  for (let i = source.length - 1; i >= 0; i--) {
    if (predicate === undefined || predicate(source[i])) return source[i];
  }
  throw new InvalidOperationException(predicate === undefined ? "Sequence contains no elements" : "Sequence contains no matching element");
}
