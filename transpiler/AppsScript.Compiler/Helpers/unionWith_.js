/** HashSet.UnionWith: adds every element of the other collection to the set, in place. */
function unionWith_(set, other) {
  for (const item of other) set.add(item);
}
