/**
 * Enumerable.GroupBy: one group per key, in the order keys first appear, each an array of its elements with
 * the group's key as a property. Null and undefined keys are one null key.
 */
function groupBy_(source, keySelector, elementSelector) {
  const groups = new Map();
  for (const item of source) {
    const key = keySelector(item) ?? null;
    let group = groups.get(key);
    if (group === undefined) {
      group = Object.assign([], { key });
      groups.set(key, group);
    }
    group.push(elementSelector === undefined ? item : elementSelector(item));
  }
  return [...groups.values()];
}
