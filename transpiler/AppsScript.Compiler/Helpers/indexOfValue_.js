// requires: equals_
/**
 * IndexOf with .NET's equality: Array.prototype.indexOf misses NaN, and a null searched for must also find
 * an element that is undefined.
 */
function indexOfValue_(array, value, key) {
  for (let i = 0; i < array.length; i++) {
    if (equals_(array[i], value, key)) return i;
  }
  return -1;
}
