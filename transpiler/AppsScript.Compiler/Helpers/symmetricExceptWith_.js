// requires: setLike_
/**
 * HashSet.SymmetricExceptWith, in place, in .NET's two ways, which leave the elements in different slots: from a
 * set of the same equality it removes each element of the other set it holds and adds the others; from anything
 * else it first adds the elements it lacks, then removes, in its own order, those it held before.
 */
function symmetricExceptWith_(set, other, sameEquality = other instanceof set.constructor && other.key === set.key) {
  if (set.size === 0) {
    for (const item of other) set.add(item);
    return;
  }
  if (other === set) {
    set.clear();
    return;
  }
  if (sameEquality) {
    for (const item of other) {
      if (!set.delete(item)) set.add(item);
    }
    return;
  }
  const original = [...set];
  const held = setLike_(set, original);
  const added = setLike_(set, []);
  const removed = setLike_(set, []);
  for (const item of other) {
    if (!set.has(item)) {
      set.add(item);
      added.add(item);
    } else if (held.has(item) && !added.has(item)) {
      removed.add(item);
    }
  }
  for (const item of original) {
    if (removed.has(item)) set.delete(item);
  }
}
