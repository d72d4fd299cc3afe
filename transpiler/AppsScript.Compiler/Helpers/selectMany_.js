/** Enumerable.SelectMany with a result selector (as query syntax with two from clauses makes): each element paired with each of its items. */
function selectMany_(source, collectionSelector, resultSelector) {
  return source.flatMap((item) => collectionSelector(item).map((inner) => resultSelector(item, inner)));
}
