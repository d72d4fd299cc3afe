// requires: ArgumentNullException, ArgumentOutOfRangeException
/** String.Insert, which throws for a null value or an index outside the string. */
function stringInsert_(text, startIndex, value) {
  if (value === null || value === undefined) throw new ArgumentNullException(null, "value");
  if (startIndex < 0 || startIndex > text.length) {
    // .NET compares the index as unsigned, so a negative one reads as a large number.
    const unsigned = startIndex >>> 0;
    throw new ArgumentOutOfRangeException(`startIndex ('${unsigned}') must be less than or equal to '${text.length}'.`, "startIndex", null, unsigned);
  }
  return text.slice(0, startIndex) + value + text.slice(startIndex);
}
