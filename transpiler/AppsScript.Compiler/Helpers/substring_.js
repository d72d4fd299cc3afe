// requires: ArgumentOutOfRangeException, throwIfNegative_
/** String.Substring, which throws ArgumentOutOfRangeException where JavaScript's substring would clamp. */
function substring_(text, startIndex, length) {
  const count = length === undefined ? text.length - startIndex : length;
  if (startIndex < 0 || count < 0 || startIndex + count > text.length) {
    throwIfNegative_(startIndex, "startIndex");
    if (startIndex > text.length) throw new ArgumentOutOfRangeException("startIndex cannot be larger than length of string.", "startIndex");
    throwIfNegative_(count, "length");
    throw new ArgumentOutOfRangeException("Index and length must refer to a location within the string.", "length");
  }
  return text.substring(startIndex, startIndex + count);
}
