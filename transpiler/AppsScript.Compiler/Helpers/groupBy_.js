/**
 * Enumerable.GroupBy: one group per key, in the order keys first appear, each an array of its elements with
 * the group's key as a property. Null and undefined keys are one null key; keys .NET compares by their members
 * are grouped by their value keys, which keyOf gives, and the group keeps the first of them.
 */
function groupBy_(source, keySelector, elementSelector, keyOf) {
  const groups = new Map();
  for (const item of source) {
    const key = keySelector(item) ?? null;
    const lookup = key === null || keyOf === undefined ? key : keyOf(key);
    let group = groups.get(lookup);
    if (group === undefined) {
      group = Object.assign([], { key });
      groups.set(lookup, group);
    }
    group.push(elementSelector === undefined ? item : elementSelector(item));
  }
  return [...groups.values()];
}
