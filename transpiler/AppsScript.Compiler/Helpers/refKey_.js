/**
 * The identity of an object .NET compares by reference, as a number, for the key of a record or tuple that
 * holds it: equal for the same object only; null for null.
 */
function refKey_(value) {
  if (value == null) return null;
  const ids = refKey_.ids || (refKey_.ids = new WeakMap());
  let id = ids.get(value);
  if (id === undefined) {
    refKey_.count = (refKey_.count || 0) + 1;
    id = refKey_.count;
    ids.set(value, id);
  }
  return id;
}
