// requires: compareStrings_
/**
 * string.CompareOrdinal: as compareStrings_, except that .NET first compares the first characters, an empty
 * string's being NUL, so "" against "a" is -97 rather than the difference of the lengths.
 */
function compareOrdinal_(a, b) {
  if (a !== null && a !== undefined && b !== null && b !== undefined && a !== b) {
    const difference = (a.length > 0 ? a.charCodeAt(0) : 0) - (b.length > 0 ? b.charCodeAt(0) : 0);
    if (difference !== 0) return difference;
  }
  return compareStrings_(a, b);
}
