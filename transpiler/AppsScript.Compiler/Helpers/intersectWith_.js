// requires: setLike_
/** HashSet.IntersectWith: keeps, in place, only the elements that are also in the other collection. */
function intersectWith_(set, other) {
  const keep = setLike_(set, other);
  for (const item of [...set]) {
    if (!keep.has(item)) set.delete(item);
  }
}
