/**
 * List.BinarySearch and Array.BinarySearch as .NET searches: halving from the middle, lower index first, with
 * comparison(element, value); the index found, else the bitwise complement of the index where the value would go.
 */
function binarySearch_(array, value, comparison) {
  let low = 0;
  let high = array.length - 1;
  while (low <= high) {
    const middle = low + ((high - low) >> 1);
    const order = comparison(array[middle] ?? null, value ?? null);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return ~low;
}
