/**
 * A tuple or KeyValuePair whose items differ in type: the array of its items, which TypeScript's checkJs
 * types as a tuple ([string, number]) rather than as an array of the union of the item types, so each item
 * keeps its own type.
 * @template {any[]} T
 * @param {T} items
 * @returns {T}
 */
function tuple_(...items) {
  return items;
}
