/**
 * Enumerable.Count over a sequence that may be an iterator's: the elements (that match) counted as they are
 * enumerated. Without a predicate it asks a Take, Skip or Concat for its own count, as .NET asks its operators
 * (they step their sources without reading them), and otherwise steps past the elements, which reads what an
 * operator reads to give them but not a class's own Current. LongCount (enumerates) has no such shortcut.
 */
function countLazy_(source, predicate, enumerates) {
  let count = 0;
  if (predicate === undefined) {
    if (!enumerates && typeof source.count_ === "function") return source.count_();
    const iterator = source[Symbol.iterator]();
    while (!iterator.next().done) count++;
    return count;
  }
  for (const item of source) {
    if (predicate(item)) count++;
  }
  return count;
}
