// requires: ArgumentException, ArgumentNullException, KeyNotFoundException
/**
 * A Dictionary whose keys are not strings. Its [key, value] entries sit in slots as .NET's do: a key added takes
 * the slot last freed by a removal, else the next new one, and enumeration goes through the slots in order, so
 * entries come out in .NET's order after removals too. A Map finds each key's slot by its lookup key: the key
 * itself where a Map compares keys as .NET's Equals does (numbers, NaN equal to NaN and -0 to 0, chars, bools,
 * dates, objects by reference), else the compiler's key function (records, tuples, anonymous types by value).
 * show prints a key as .NET does, for the messages of .NET's exceptions. A set's map (nullable) holds null as one key.
 */
class KeyedMap_ {
  constructor(key, show, entries) {
    this.key = key ?? null;
    this.show = show ?? String;
    this.slots = new Map();
    this.entries = [];
    this.free = [];
    this.nullable = false;
    if (entries != null) {
      for (const [entryKey, value] of entries) this.add(entryKey, value);
    }
  }

  lookupKey(key) {
    if (key == null) {
      if (this.nullable) return null;
      throw new ArgumentNullException(null, "key");
    }
    return this.key === null ? key : this.key(key);
  }

  /** Where the key is: its slot, undefined when absent, and what linking a new slot for it needs. */
  locate(key) {
    const lookup = this.lookupKey(key);
    return { lookup, slot: this.slots.get(lookup) };
  }

  link(place, slot) {
    this.slots.set(place.lookup, slot);
  }

  unlink(place) {
    this.slots.delete(place.lookup);
  }

  get size() {
    return this.entries.length - this.free.length;
  }

  has(key) {
    return this.locate(key).slot !== undefined;
  }

  get(key) {
    const slot = this.locate(key).slot;
    if (slot === undefined) throw new KeyNotFoundException(`The given key '${this.show(key)}' was not present in the dictionary.`);
    return this.entries[slot][1];
  }

  set(key, value) {
    const place = this.locate(key);
    if (place.slot === undefined) this.insert(place, key, value);
    else this.entries[place.slot] = [this.entries[place.slot][0], value];
  }

  add(key, value) {
    if (!this.tryAdd(key, value)) throw new ArgumentException(`An item with the same key has already been added. Key: ${this.show(key)}`);
  }

  tryAdd(key, value) {
    const place = this.locate(key);
    if (place.slot !== undefined) return false;
    this.insert(place, key, value);
    return true;
  }

  insert(place, key, value) {
    const slot = this.free.length > 0 ? this.free.pop() : this.entries.length;
    this.entries[slot] = [key, value];
    this.link(place, slot);
  }

  delete(key) {
    const place = this.locate(key);
    if (place.slot === undefined) return false;
    this.unlink(place);
    this.entries[place.slot] = undefined;
    this.free.push(place.slot);
    return true;
  }

  clear() {
    this.slots.clear();
    this.entries = [];
    this.free = [];
  }

  /** The entry of a key as a reference, for an assignment to the indexer: reading it throws for a missing key. */
  entry(key) {
    const map = this;
    return {
      get value() {
        return map.get(key);
      },
      set value(value) {
        map.set(key, value);
      },
    };
  }

  keys() {
    return this.pairs().map((pair) => pair[0]);
  }

  values() {
    return this.pairs().map((pair) => pair[1]);
  }

  pairs() {
    return this.entries.filter((pair) => pair !== undefined);
  }

  /**
   * Newtonsoft's JSON of the dictionary: an object keyed by each key's .NET string, listed in the entries' order
   * by a Proxy, where an object would list integer-like keys first.
   */
  toJSON() {
    const object = Object.create(null);
    const names = [];
    for (const [key, value] of this) {
      const name = this.show(key);
      names.push(name);
      object[name] = value;
    }
    return new Proxy(object, { ownKeys: () => names });
  }

  [Symbol.iterator]() {
    return this.pairs()[Symbol.iterator]();
  }
}
