// requires: iterable_
/** Enumerable.Concat, Append and Prepend where a sequence may be an iterator's: deferred, enumerating each part when it is reached. */
function concatLazy_(...parts) {
  return iterable_(function* () {
    for (const part of parts) yield* part;
  });
}
