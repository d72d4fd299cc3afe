/** Enumerable.SkipWhile: the elements from the first that fails the predicate (which may also take the index). */
function skipWhile_(source, predicate) {
  let count = 0;
  while (count < source.length && predicate(source[count], count)) count++;
  return source.slice(count);
}
