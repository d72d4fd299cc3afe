// requires: ArgumentOutOfRangeException
/** Enumerable.Range: count consecutive integers from start; a negative count is .NET's ArgumentOutOfRangeException. */
function range_(start, count) {
  if (count < 0) throw new ArgumentOutOfRangeException(null, "count");
  return Array.from({ length: count }, (_, i) => start + i);
}
