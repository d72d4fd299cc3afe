// requires: setLike_
/** HashSet.IsSubsetOf: every element of the set is in the other collection. */
function isSubsetOf_(set, other) {
  const others = setLike_(set, other);
  for (const item of set) {
    if (!others.has(item)) return false;
  }
  return true;
}
