/** Enumerable.TakeWhile: the elements before the first that fails the predicate (which may also take the index). */
function takeWhile_(source, predicate) {
  let count = 0;
  while (count < source.length && predicate(source[count], count)) count++;
  return source.slice(0, count);
}
