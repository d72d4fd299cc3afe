// requires: ArgumentOutOfRangeException, throwIfNegative_
/** String.Remove, which throws ArgumentOutOfRangeException for a range outside the string. */
function stringRemove_(text, startIndex, count) {
  if (count === undefined) {
    if (startIndex < 0) throw new ArgumentOutOfRangeException("StartIndex cannot be less than zero.", "startIndex");
    if (startIndex > text.length) throw new ArgumentOutOfRangeException("startIndex cannot be larger than length of string.", "startIndex");
    return text.slice(0, startIndex);
  }
  throwIfNegative_(startIndex, "startIndex");
  throwIfNegative_(count, "count");
  const available = text.length - startIndex;
  if (count > available) throw new ArgumentOutOfRangeException(`count ('${count}') must be less than or equal to '${available}'.`, "count", null, count);
  return text.slice(0, startIndex) + text.slice(startIndex + count);
}
