/**
 * Enumerable.Intersect: the distinct elements of the first sequence that are also in the second, in order;
 * candidates is the set of the second, which compares the elements as .NET does.
 */
function intersect_(first, candidates) {
  return first.filter((item) => candidates.delete(item));
}
