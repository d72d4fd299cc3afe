// requires: ArgumentOutOfRangeException
/** Enumerable.Repeat: count copies of value; a negative count is .NET's ArgumentOutOfRangeException, where Array throws a RangeError. */
function repeat_(value, count) {
  if (count < 0) throw new ArgumentOutOfRangeException(null, "count");
  return new Array(count).fill(value);
}
