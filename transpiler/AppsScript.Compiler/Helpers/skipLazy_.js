// requires: iterable_
/**
 * Enumerable.Skip over a sequence that may be an iterator's: deferred, stepping past the first elements without
 * reading them, as .NET does, then giving the rest.
 */
function skipLazy_(source, count) {
  return iterable_(function* () {
    const iterator = source[Symbol.iterator]();
    for (let left = count; left > 0; left--) {
      if (iterator.next().done) return;
    }
    yield* { [Symbol.iterator]: () => iterator };
  });
}
