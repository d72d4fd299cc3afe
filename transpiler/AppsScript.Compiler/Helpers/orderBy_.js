// requires: compare_
/**
 * OrderBy, ThenBy and their Descending forms: a stable sort by each key in turn, compared by the level's
 * comparison, or .NET's default comparer. Each ordering is { key, descending, compare }; every key is computed
 * once per element, level by level, as .NET does.
 */
function orderBy_(source, ...orderings) {
  const keys = orderings.map((ordering) => source.map((item) => ordering.key(item)));
  const comparisons = orderings.map((ordering) => ordering.compare ?? compare_);
  const indexes = source.map((_, index) => index);
  indexes.sort((a, b) => {
    for (let level = 0; level < orderings.length; level++) {
      const order = comparisons[level](keys[level][a], keys[level][b]);
      if (order !== 0) return orderings[level].descending ? -order : order;
    }
    return a - b;
  });
  return indexes.map((index) => source[index]);
}
