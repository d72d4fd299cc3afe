// requires: partitionLazy_
/** Enumerable.Skip over a sequence that may be an iterator's: a partition of it (see partitionLazy_). */
function skipLazy_(source, count) {
  return partitionLazy_(source, Math.max(count, 0), Infinity);
}
