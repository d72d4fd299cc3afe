/** HashSet.Add where its result is used: Set.prototype.add returns the set, Add tells whether the element was new. */
function setAdd_(set, item) {
  if (set.has(item)) return false;
  set.add(item);
  return true;
}
