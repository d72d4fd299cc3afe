/** HashSet.IsSupersetOf: every element of the other collection is in the set. */
function isSupersetOf_(set, other) {
  for (const item of other) {
    if (!set.has(item)) return false;
  }
  return true;
}
