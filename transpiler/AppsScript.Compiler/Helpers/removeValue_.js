// requires: indexOfValue_
/** List<T>.Remove: removes the first element equal to the value, and tells whether there was one. */
function removeValue_(list, value, key) {
  const index = indexOfValue_(list, value, key);
  if (index < 0) return false;
  list.splice(index, 1);
  return true;
}
