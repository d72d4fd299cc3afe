// requires: EqualitySet_
/**
 * Enumerable.Distinct and DistinctBy of keys compared by the program's own GetHashCode and Equals (see
 * EqualityMap_): the first element for each key, in order, adding each key to a set once, as .NET does.
 */
function distinctByEquality_(source, keySelector, equality) {
  const seen = new EqualitySet_(equality);
  return source.filter((item) => seen.tryAdd(keySelector(item)));
}
