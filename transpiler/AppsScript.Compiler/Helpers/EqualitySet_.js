// requires: KeyedSet_, EqualityMap_
/**
 * A HashSet of elements compared by the program's own GetHashCode and Equals, or by its comparer: a KeyedSet_
 * over an EqualityMap_, which calls them as .NET's HashSet does. Made from a collection, it sizes its table as
 * .NET does: to the collection's count, then trimmed when duplicates left it more than three times too large.
 */
class EqualitySet_ extends KeyedSet_ {
  constructor(equality, values) {
    super(equality);
    if (values === undefined) return;
    const count = values.length ?? values.size;
    if (count > 0) this.map.capacity = EqualityMap_.prime(count);
    for (const value of values) this.add(value);
    if (this.size > 0 && Math.trunc(this.map.capacity / this.size) > 3) this.map.capacity = EqualityMap_.prime(this.size);
  }

  newMap(equality) {
    return new EqualityMap_(equality);
  }
}
