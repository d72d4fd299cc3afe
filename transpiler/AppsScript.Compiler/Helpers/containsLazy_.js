// requires: equals_
/** Enumerable.Contains over a sequence that may be an iterator's: it stops at the first element equal to the value, by .NET's equality. */
function containsLazy_(source, value, key) {
  for (const item of source) {
    if (equals_(item, value, key)) return true;
  }
  return false;
}
