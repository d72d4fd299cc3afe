// requires: EqualityMap_
/**
 * Enumerable.GroupBy and ToLookup of keys compared by the program's own GetHashCode and Equals (see EqualityMap_):
 * groups as groupBy_ makes them. .NET's lookup finds a key's group by its hash code without the sign bit, so
 * keys whose hash codes differ only there are compared with Equals too.
 */
function groupByEquality_(source, keySelector, elementSelector, equality) {
  const groups = new EqualityMap_({ ...equality, hash: (key, comparer) => equality.hash(key, comparer) & 0x7fffffff });
  groups.nullable = true;
  for (const item of source) {
    const key = keySelector(item) ?? null;
    const place = groups.locate(key);
    let group;
    if (place.slot === undefined) {
      group = Object.assign([], { key });
      groups.insert(place, key, group);
    } else {
      group = groups.entries[place.slot][1];
    }
    group.push(elementSelector === undefined ? item : elementSelector(item));
  }
  return groups.values();
}
