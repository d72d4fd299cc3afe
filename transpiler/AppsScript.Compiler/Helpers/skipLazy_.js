// requires: iterable_
/** Enumerable.Skip over a sequence that may be an iterator's: deferred, passing over the first elements as it enumerates them. */
function skipLazy_(source, count) {
  return iterable_(function* () {
    let left = count;
    for (const item of source) {
      if (left > 0) left--;
      else yield item;
    }
  });
}
