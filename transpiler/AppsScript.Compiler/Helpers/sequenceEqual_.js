// requires: equals_
/** Enumerable.SequenceEqual: the same length and equal elements, by .NET's equality, at every index. */
function sequenceEqual_(first, second, key) {
  if (first.length !== second.length) return false;
  for (let i = 0; i < first.length; i++) {
    if (!equals_(first[i], second[i], key)) return false;
  }
  return true;
}
