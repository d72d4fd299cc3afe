/**
 * The group of a key in a lookup (ToLookup's array of groups), found as groupBy_'s Map found it: null and
 * undefined are one key, NaN is NaN and -0 is 0, as .NET's default equality has them; undefined when there is none.
 */
function lookupGroup_(lookup, key) {
  const wanted = key ?? null;
  return lookup.find((group) => group.key === wanted || (group.key !== group.key && wanted !== wanted));
}
