// requires: iterable_
/**
 * Enumerable.Take over a sequence that may be an iterator's: deferred, and it stops, ending the source's
 * enumeration, once it has given the count, so that an infinite sequence ends as in .NET.
 */
function takeLazy_(source, count) {
  return iterable_(function* () {
    if (count <= 0) return;
    let left = count;
    for (const item of source) {
      yield item;
      if (--left === 0) return;
    }
  });
}
