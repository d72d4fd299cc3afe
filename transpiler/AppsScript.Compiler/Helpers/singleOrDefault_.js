// requires: InvalidOperationException
/**
 * Enumerable.SingleOrDefault: the one element (that matches), undefined for none; more than one is .NET's
 * InvalidOperationException.
 */
function singleOrDefault_(source, predicate) {
  const matches = predicate === undefined ? source : source.filter((item) => predicate(item));
  if (matches.length > 1) {
    throw new InvalidOperationException(`Sequence contains more than one${predicate === undefined ? "" : " matching"} element`);
  }
  return matches[0];
}
