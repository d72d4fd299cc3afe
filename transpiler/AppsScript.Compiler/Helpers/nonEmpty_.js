// requires: InvalidOperationException
/** The sequence itself, or .NET's InvalidOperationException where an empty one has no result (Min of ints, Aggregate without seed). */
function nonEmpty_(source) {
  if (source.length === 0) throw new InvalidOperationException("Sequence contains no elements");
  return source;
}
