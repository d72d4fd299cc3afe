// requires: equals_
/**
 * LastIndexOf with .NET's equality: Array.prototype.lastIndexOf misses NaN, and a null searched for must
 * also find an element that is undefined.
 */
function lastIndexOfValue_(array, value, key) {
  for (let i = array.length - 1; i >= 0; i--) {
    if (equals_(array[i], value, key)) return i;
  }
  return -1;
}
