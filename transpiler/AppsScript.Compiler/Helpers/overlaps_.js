/** HashSet.Overlaps: some element of the other collection is in the set; an empty set looks at none, as in .NET. */
function overlaps_(set, other) {
  if (set.size === 0) return false;
  for (const item of other) {
    if (set.has(item)) return true;
  }
  return false;
}
