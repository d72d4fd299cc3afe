// requires: iterable_
/** Enumerable.Where over a sequence that may be an iterator's: deferred, testing each element as it is enumerated. */
function whereLazy_(source, predicate) {
  return iterable_(function* () {
    let index = 0;
    for (const item of source) {
      if (predicate(item, index++)) yield item;
    }
  });
}
