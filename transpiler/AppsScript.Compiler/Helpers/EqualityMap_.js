// requires: KeyedMap_
/**
 * A Dictionary (or a set's map) whose keys .NET compares by a GetHashCode and an Equals of the program's own:
 * equality's hash and equals, a class's, or an IEqualityComparer's, equality's comparer, which they are given. It calls them as .NET's hash table does:
 * hash once per operation (never for null, which hashes to 0), then equals(stored key, key) on each key of the
 * same hash code, newest first, until one is equal. .NET keeps the keys of a hash code in a chain to which a key
 * added goes first, and rebuilds every chain in slot order, last slot first, when the table grows to the next of
 * its prime sizes; the chains here follow it, so that equals is called on the same keys in the same order.
 */
class EqualityMap_ extends KeyedMap_ {
  constructor(equality, show, entries, capacity) {
    super(null, show);
    this.equality = equality;
    this.chains = new Map();
    this.capacity = capacity > 0 ? EqualityMap_.prime(capacity) : 0;
    if (entries != null) {
      for (const [entryKey, value] of entries) this.add(entryKey, value);
    }
  }

  /** .NET's HashHelpers.GetPrime: the first of its table's primes at least min, else the first such prime p with (p - 1) % 101 !== 0. */
  static prime(min) {
    const table = [3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919, 1103, 1327,
      1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591, 17519, 21023, 25229, 30293, 36353, 43627,
      52361, 62851, 75431, 90523, 108631, 130363, 156437, 187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403,
      968897, 1162687, 1395263, 1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369];
    const listed = table.find((prime) => prime >= min);
    if (listed !== undefined) return listed;
    const isPrime = (n) => {
      for (let divisor = 3; divisor * divisor <= n; divisor += 2) {
        if (n % divisor === 0) return false;
      }
      return true;
    };
    for (let candidate = min | 1; ; candidate += 2) {
      if (isPrime(candidate) && (candidate - 1) % 101 !== 0) return candidate;
    }
  }

  /** .NET looks nothing up, and calls no GetHashCode, in a table it has not yet made: the hash waits for an insert. */
  locate(key) {
    const lookup = this.lookupKey(key);
    if (this.capacity === 0) return { key, hash: undefined, slot: undefined };
    const hash = this.hashOf(key, lookup);
    const chain = this.chains.get(hash);
    const slot = chain?.find((candidate) => this.same(this.entries[candidate][0], key));
    return { hash, slot };
  }

  hashOf(key, lookup) {
    return lookup === null ? 0 : this.equality.hash(key, this.equality.comparer) | 0;
  }

  /** .NET's default equality checks for null before a class's Equals; a comparer is given nulls as they are. */
  same(stored, key) {
    if (this.equality.comparer === undefined && (stored == null || key == null)) return stored == null && key == null;
    return this.equality.equals(stored, key, this.equality.comparer);
  }

  link(place, slot) {
    const chain = this.chains.get(place.hash);
    if (chain === undefined) this.chains.set(place.hash, [slot]);
    else chain.unshift(slot);
  }

  unlink(place) {
    const chain = this.chains.get(place.hash);
    chain.splice(chain.indexOf(place.slot), 1);
    if (chain.length === 0) this.chains.delete(place.hash);
  }

  insert(place, key, value) {
    if (this.free.length === 0 && this.entries.length === this.capacity) this.grow();
    if (place.hash === undefined) place.hash = this.hashOf(key, this.lookupKey(key));
    super.insert(place, key, value);
  }

  grow() {
    this.capacity = EqualityMap_.prime(this.capacity === 0 ? 0 : 2 * this.capacity);
    for (const chain of this.chains.values()) chain.sort((a, b) => b - a);
  }

  clear() {
    super.clear();
    this.chains.clear();
  }
}
