/**
 * Enumerable.Count over a sequence that may be an iterator's: the elements (that match) counted as they are
 * enumerated; without a predicate it steps past them without reading them, as .NET reads no Current then, but for
 * readsEach: LongCount enumerates another LINQ operator's sequence, whose steps read Current.
 */
function countLazy_(source, predicate, readsEach) {
  let count = 0;
  if (predicate === undefined) {
    const iterator = source[Symbol.iterator]();
    for (let step = iterator.next(); !step.done; step = iterator.next()) {
      if (readsEach) void step.value;
      count++;
    }
    return count;
  }
  for (const item of source) {
    if (predicate(item)) count++;
  }
  return count;
}
