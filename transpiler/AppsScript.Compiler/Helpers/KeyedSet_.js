/**
 * A HashSet of values .NET compares by their members (records, tuples, anonymous types): a JavaScript Set's
 * methods over a Map from each value's key, given by the compiler's key function, to the first value added
 * with it; null is one element. Enumerates in the order values were first added, as a Set does.
 */
class KeyedSet_ {
  constructor(key, values) {
    this.key = key;
    this.map = new Map();
    if (values !== undefined) {
      for (const value of values) this.add(value);
    }
  }

  keyOf(value) {
    return value == null ? null : this.key(value);
  }

  get size() {
    return this.map.size;
  }

  has(value) {
    return this.map.has(this.keyOf(value));
  }

  add(value) {
    const key = this.keyOf(value);
    if (!this.map.has(key)) this.map.set(key, value ?? null);
    return this;
  }

  delete(value) {
    return this.map.delete(this.keyOf(value));
  }

  clear() {
    this.map.clear();
  }

  values() {
    return this.map.values();
  }

  [Symbol.iterator]() {
    return this.map.values();
  }
}
