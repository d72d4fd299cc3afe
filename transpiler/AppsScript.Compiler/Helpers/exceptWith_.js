/** HashSet.ExceptWith: removes, in place, every element of the other collection from the set. */
function exceptWith_(set, other) {
  for (const item of other) set.delete(item);
}
