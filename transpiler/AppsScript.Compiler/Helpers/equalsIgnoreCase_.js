// requires: compareStrings_
/** string.Equals with StringComparison.OrdinalIgnoreCase (or a culture-sensitive IgnoreCase, ordinal here). */
function equalsIgnoreCase_(a, b) {
  return compareStrings_(a, b, true) === 0;
}
