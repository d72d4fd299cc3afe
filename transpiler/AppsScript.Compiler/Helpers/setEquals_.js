// requires: setLike_
/** HashSet.SetEquals: the same elements, duplicates in the other collection ignored. */
function setEquals_(set, other) {
  const others = setLike_(set, other);
  if (others.size !== set.size) return false;
  for (const item of others) {
    if (!set.has(item)) return false;
  }
  return true;
}
