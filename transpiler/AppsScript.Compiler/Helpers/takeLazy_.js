// requires: iterable_
/**
 * Enumerable.Take over a sequence that may be an iterator's: deferred, and it stops, ending the source's
 * enumeration, once it has given the count, so that an infinite sequence ends as in .NET. It hands on the source's
 * steps as they are, so that an element's value is read only where it is read (.NET's Count of a Take steps past the
 * elements without reading Current).
 */
function takeLazy_(source, count) {
  return iterable_(function* () {
    if (count <= 0) return;
    const iterator = source[Symbol.iterator]();
    let left = count;
    const end = () => iterator.return?.() ?? { value: undefined, done: true };
    yield* {
      [Symbol.iterator]() {
        return this;
      },
      next: () => (left-- > 0 ? iterator.next() : end()),
      return: end,
    };
  });
}
