/** Enumerable.FirstOrDefault over a sequence that may be an iterator's: the first element (that matches), else undefined. */
function firstOrUndefined_(source, predicate) {
  for (const item of source) {
    if (predicate === undefined || predicate(item)) return item;
  }
  return undefined;
}
