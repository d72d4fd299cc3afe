// requires: partitionLazy_
/** Enumerable.Take over a sequence that may be an iterator's: a partition of it (see partitionLazy_). */
function takeLazy_(source, count) {
  return partitionLazy_(source, 0, Math.max(count, 0));
}
