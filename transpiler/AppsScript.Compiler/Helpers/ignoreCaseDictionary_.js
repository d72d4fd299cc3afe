// requires: toUpperInvariant_
/**
 * A Dictionary<string, V> given StringComparer.OrdinalIgnoreCase: a plain object without a prototype, as every
 * string-keyed dictionary is (so its members, Object.keys and JSON work on it unchanged), behind a Proxy that
 * finds a key by its ordinal upper-case form, as .NET compares such keys, and keeps the spelling first added. Its
 * keys are listed in .NET's order: each in a slot, a key added taking the slot last freed by a removal, as in
 * KeyedMap_, where a plain object would list integer-like keys first and a key added again last.
 */
function ignoreCaseDictionary_() {
  const entries = Object.create(null);
  const slots = new Map();
  const spellings = [];
  const free = [];
  const spelling = (key) => {
    const slot = typeof key === "string" ? slots.get(toUpperInvariant_(key)) : undefined;
    return slot === undefined ? undefined : spellings[slot];
  };
  return new Proxy(entries, {
    get(_, key) {
      const written = spelling(key);
      return written === undefined ? undefined : entries[written];
    },
    set(_, key, value) {
      let written = spelling(key);
      if (written === undefined) {
        written = key;
        const slot = free.length > 0 ? free.pop() : spellings.length;
        spellings[slot] = key;
        slots.set(toUpperInvariant_(key), slot);
      }
      entries[written] = value;
      return true;
    },
    has(_, key) {
      return spelling(key) !== undefined;
    },
    deleteProperty(_, key) {
      const written = spelling(key);
      if (written !== undefined) {
        const upper = toUpperInvariant_(key);
        spellings[slots.get(upper)] = undefined;
        free.push(slots.get(upper));
        slots.delete(upper);
        delete entries[written];
      }
      return true;
    },
    getOwnPropertyDescriptor(_, key) {
      const written = spelling(key);
      return written === undefined ? undefined : Reflect.getOwnPropertyDescriptor(entries, written);
    },
    ownKeys() {
      return spellings.filter((key) => key !== undefined);
    },
  });
}
