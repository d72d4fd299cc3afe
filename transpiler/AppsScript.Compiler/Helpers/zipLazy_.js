// requires: iterable_
/**
 * Enumerable.Zip where a sequence may be an iterator's: deferred, and it stops at the end of the shorter one,
 * ending both enumerations (the second first), as .NET's Zip disposes its enumerators.
 */
function zipLazy_(first, second, resultSelector) {
  return iterable_(function* () {
    const left = first[Symbol.iterator]();
    try {
      const right = second[Symbol.iterator]();
      try {
        for (;;) {
          const a = left.next();
          if (a.done) return;
          const b = right.next();
          if (b.done) return;
          yield resultSelector === undefined ? [a.value, b.value] : resultSelector(a.value, b.value);
        }
      } finally {
        right.return?.();
      }
    } finally {
      left.return?.();
    }
  });
}
