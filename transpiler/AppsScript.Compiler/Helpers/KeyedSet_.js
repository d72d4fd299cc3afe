// requires: KeyedMap_
/**
 * A HashSet whose elements a JavaScript Set would not compare as .NET does (records, tuples and anonymous types
 * by their value keys, strings ignoring case): a Set's methods over a KeyedMap_ from each element to itself,
 * given the compiler's key function. Null is one element. Elements sit in slots as in .NET's HashSet, so a set
 * enumerates in .NET's order after removals too.
 */
class KeyedSet_ {
  constructor(key, values) {
    this.key = key;
    this.map = this.newMap(key);
    this.map.nullable = true;
    if (values !== undefined) {
      for (const value of values) this.add(value);
    }
  }

  newMap(key) {
    return new KeyedMap_(key);
  }

  get size() {
    return this.map.size;
  }

  has(value) {
    return this.map.has(value);
  }

  add(value) {
    this.tryAdd(value);
    return this;
  }

  /** HashSet.Add: whether the value was new. */
  tryAdd(value) {
    return this.map.tryAdd(value ?? null, value ?? null);
  }

  delete(value) {
    return this.map.delete(value);
  }

  clear() {
    this.map.clear();
  }

  values() {
    return this.map.keys()[Symbol.iterator]();
  }

  [Symbol.iterator]() {
    return this.values();
  }
}
