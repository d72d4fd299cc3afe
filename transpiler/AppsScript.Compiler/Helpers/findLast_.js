/** List<T>.FindLast and LastOrDefault: the last element that matches, searched from the end (ES2020 has no findLast). */
function findLast_(array, predicate) {
  for (let i = array.length - 1; i >= 0; i--) {
    if (predicate(array[i])) return array[i];
  }
  return undefined;
}
