// requires: ArgumentOutOfRangeException, throwIfNegative_
/** String.Remove, which throws ArgumentOutOfRangeException for a range outside the string. */
function stringRemove_(text, startIndex, count) {
  throwIfNegative_(startIndex, "startIndex");
  if (count === undefined) {
    if (startIndex > text.length) throw new ArgumentOutOfRangeException("startIndex cannot be larger than length of string.", "startIndex");
    return text.slice(0, startIndex);
  }
  throwIfNegative_(count, "count");
  const available = text.length - startIndex;
  if (count > available) throw new ArgumentOutOfRangeException(`count ('${count}') must be less than or equal to '${available}'.`, "count", null, count);
  return text.slice(0, startIndex) + text.slice(startIndex + count);
}
