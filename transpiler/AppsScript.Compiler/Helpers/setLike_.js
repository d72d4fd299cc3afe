/**
 * The values as a set that compares them as the given set compares its elements: a Set, or for a KeyedSet_ (a
 * case-insensitive set of strings, say) another of the same key function, since .NET's set operations use the
 * set's own equality.
 */
function setLike_(set, values) {
  return set instanceof Set ? new Set(values) : new set.constructor(set.key, values);
}
