/**
 * Enumerable.Count over a sequence that may be an iterator's: the elements (that match) counted as they are
 * enumerated; without a predicate it steps past them without reading them, as .NET reads no Current then.
 */
function countLazy_(source, predicate) {
  let count = 0;
  if (predicate === undefined) {
    const iterator = source[Symbol.iterator]();
    while (!iterator.next().done) count++;
    return count;
  }
  for (const item of source) {
    if (predicate(item)) count++;
  }
  return count;
}
