// requires: iterable_
/** Enumerable.TakeWhile over a sequence that may be an iterator's: deferred, ending at the first element that fails the predicate. */
function takeWhileLazy_(source, predicate) {
  return iterable_(function* () {
    let index = 0;
    for (const item of source) {
      if (!predicate(item, index++)) return;
      yield item;
    }
  });
}
