// requires: ArgumentNullException, ArgumentOutOfRangeException
/** String.Insert, which throws for a null value or an index outside the string. */
function stringInsert_(text, startIndex, value) {
  if (value === null || value === undefined) throw new ArgumentNullException(null, "value");
  if (startIndex < 0 || startIndex > text.length) {
    throw new ArgumentOutOfRangeException(`startIndex ('${startIndex}') must be less than or equal to '${text.length}'.`, "startIndex", null, startIndex);
  }
  return text.slice(0, startIndex) + value + text.slice(startIndex);
}
