// requires: iterable_
/** Enumerable.SelectMany where a sequence may be an iterator's: deferred, enumerating each element's sequence in turn. */
function selectManyLazy_(source, selector, resultSelector) {
  return iterable_(function* () {
    let index = 0;
    for (const item of source) {
      for (const inner of selector(item, index++)) yield resultSelector === undefined ? inner : resultSelector(item, inner);
    }
  });
}
