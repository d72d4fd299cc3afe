// requires: ArgumentOutOfRangeException
/**
 * Enumerable.ElementAt over a sequence that may be an iterator's: it stops at the element. Past the end, or at a
 * negative index (which enumerates nothing), .NET's exception, or undefined for ElementAtOrDefault.
 */
function elementAtLazy_(source, index, orDefault) {
  if (index >= 0) {
    let left = index;
    for (const item of source) {
      if (left-- === 0) return item;
    }
  }
  if (orDefault) return undefined;
  throw new ArgumentOutOfRangeException(null, "index");
}
