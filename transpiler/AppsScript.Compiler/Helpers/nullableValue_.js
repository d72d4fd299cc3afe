// requires: InvalidOperationException
/** Nullable<T>.Value and the cast from T? to T where the value may be missing: .NET throws rather than go on with null. */
function nullableValue_(value) {
  if (value === null || value === undefined) throw new InvalidOperationException("Nullable object must have a value.");
  return value;
}
