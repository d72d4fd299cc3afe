/** Enumerable.Count over a sequence that may be an iterator's: the elements (that match) counted as they are enumerated. */
function countLazy_(source, predicate) {
  let count = 0;
  for (const item of source) {
    if (predicate === undefined || predicate(item)) count++;
  }
  return count;
}
