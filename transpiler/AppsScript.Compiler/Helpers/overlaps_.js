/** HashSet.Overlaps: some element of the other collection is in the set. */
function overlaps_(set, other) {
  for (const item of other) {
    if (set.has(item)) return true;
  }
  return false;
}
