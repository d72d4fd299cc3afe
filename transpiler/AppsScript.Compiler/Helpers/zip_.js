/** Enumerable.Zip: pairs of elements at the same index, as long as the shorter sequence, as tuples or through the selector. */
function zip_(first, second, resultSelector) {
  const length = Math.min(first.length, second.length);
  const result = [];
  for (let i = 0; i < length; i++) {
    result.push(resultSelector === undefined ? [first[i], second[i]] : resultSelector(first[i], second[i]));
  }
  return result;
}
