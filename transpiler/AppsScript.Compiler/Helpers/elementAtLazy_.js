// requires: ArgumentOutOfRangeException
/**
 * Enumerable.ElementAt over a sequence that may be an iterator's: it steps past the elements before the one asked
 * for without reading them, as .NET does, and stops there. Past the end, or at a negative index (which enumerates
 * nothing), .NET's exception, or undefined for ElementAtOrDefault.
 */
function elementAtLazy_(source, index, orDefault) {
  if (index >= 0) {
    const iterator = source[Symbol.iterator]();
    for (let left = index, step = iterator.next(); !step.done; left--, step = iterator.next()) {
      if (left === 0) {
        const item = step.value;
        iterator.return?.();
        return item;
      }
    }
  }
  if (orDefault) return undefined;
  throw new ArgumentOutOfRangeException(null, "index");
}
