/** List<T>.RemoveAll: removes, in place, the elements that match, and returns how many there were. */
function removeAll_(list, predicate) {
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    if (!predicate(list[i])) list[kept++] = list[i];
  }
  const removed = list.length - kept;
  list.length = kept;
  return removed;
}
