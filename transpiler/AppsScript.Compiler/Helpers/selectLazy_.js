// requires: iterable_
/** Enumerable.Select over a sequence that may be an iterator's: deferred, projecting each element as it is enumerated. */
function selectLazy_(source, selector) {
  return iterable_(function* () {
    let index = 0;
    for (const item of source) yield selector(item, index++);
  });
}
