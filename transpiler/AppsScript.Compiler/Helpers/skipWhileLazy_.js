// requires: iterable_
/** Enumerable.SkipWhile over a sequence that may be an iterator's: deferred, testing elements only until one fails the predicate. */
function skipWhileLazy_(source, predicate) {
  return iterable_(function* () {
    let skipping = true;
    let index = 0;
    for (const item of source) {
      if (skipping && !predicate(item, index++)) skipping = false;
      if (!skipping) yield item;
    }
  });
}
