/** Enumerable.Intersect: the distinct elements of the first sequence that are also in the second, in order. */
function intersect_(first, second) {
  const candidates = new Set(second);
  return first.filter((item) => candidates.delete(item));
}
