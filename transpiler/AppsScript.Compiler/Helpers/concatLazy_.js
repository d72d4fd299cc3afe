// requires: iterable_, countLazy_
/**
 * Enumerable.Concat, Append and Prepend where a sequence may be an iterator's: deferred, enumerating each part when
 * it is reached and, like .NET's, reading each element it gives; it counts (count_, for Count) as each part counts.
 */
function concatLazy_(...parts) {
  const sequence = iterable_(function* () {
    for (const part of parts) {
      for (const item of part) yield item;
    }
  });
  sequence.count_ = () => parts.reduce((total, part) => total + countLazy_(part), 0);
  return sequence;
}
