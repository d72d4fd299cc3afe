// requires: iterable_, countLazy_
/**
 * Enumerable.Skip and Take over a sequence that may be an iterator's, as .NET's one partition of a source: a Skip
 * or Take of a partition is a partition of its source (.NET merges them), deferred; it steps past the skipped
 * elements without reading them, then gives (and, like .NET's, reads) up to `take` elements (Infinity for all),
 * ending the source's enumeration once it has given them, so that an infinite sequence ends as in .NET. It counts
 * (count_, for Count) as .NET's does: by stepping the source, unread, up to the last element it could give, or, with
 * no limit, by the source's own count less those skipped.
 */
function partitionLazy_(source, skip, take) {
  if (source.partition_ !== undefined) {
    const outer = source.partition_;
    return partitionLazy_(outer.source, outer.skip + skip, Math.min(outer.take - skip, take));
  }
  const sequence = iterable_(function* () {
    if (take <= 0) return;
    const iterator = source[Symbol.iterator]();
    for (let left = skip; left > 0; left--) {
      if (iterator.next().done) return;
    }
    let left = take;
    for (const item of { [Symbol.iterator]: () => iterator }) {
      yield item;
      if (--left === 0) return;
    }
  });
  sequence.partition_ = { source, skip, take };
  sequence.count_ = () => {
    if (take <= 0) return 0;
    if (take === Infinity) return Math.max(countLazy_(source) - skip, 0);
    const iterator = source[Symbol.iterator]();
    const limit = skip + take;
    let stepped = 0;
    while (stepped < limit && !iterator.next().done) stepped++;
    if (stepped === limit) iterator.return?.();
    return Math.max(stepped - skip, 0);
  };
  return sequence;
}
