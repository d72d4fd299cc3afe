// requires: equals_
/**
 * The group of a key in a lookup (ToLookup's array of groups), found with .NET's default equality (equals_): null
 * and undefined are one key, NaN is NaN and -0 is 0, and values .NET compares by their members are equal when their
 * keys, given by the compiler's key function, are; undefined when there is none.
 */
function lookupGroup_(lookup, key, valueKey) {
  const wanted = key ?? null;
  return lookup.find((group) => equals_(group.key, wanted, valueKey));
}
