// requires: compareStrings_
/**
 * string.CompareOrdinal (and Compare with StringComparison.Ordinal), with the quirks of .NET's implementation.
 * It compares the first two UTF-16 units, then two at a time, reading past the shorter string into its NUL
 * terminator (and an empty string's zero padding): the units compared are the first max(2, n) with n the shorter
 * length rounded up to even, a unit past a string's end counting as 0. The first difference among them is the
 * result ("" against "a" is -97, "B" against "Bb" is -98, "" against "\0n" is -110), else the difference of the
 * lengths ("ab" against "abc" is -1).
 */
function compareOrdinal_(a, b) {
  if (a === null || a === undefined || b === null || b === undefined || a === b) return compareStrings_(a, b);
  const shorter = Math.min(a.length, b.length);
  const compared = Math.max(2, shorter + (shorter % 2));
  for (let i = 0; i < compared; i++) {
    const difference = (i < a.length ? a.charCodeAt(i) : 0) - (i < b.length ? b.charCodeAt(i) : 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
