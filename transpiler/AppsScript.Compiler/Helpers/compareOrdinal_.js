// requires: compareStrings_
/**
 * string.CompareOrdinal, with the quirks of .NET's implementation, which compares two UTF-16 units at a time
 * over each string and its terminating NUL: an empty string compares its NUL ("" against "a" is -97), and when
 * the shorter string is a prefix of odd length the result is the longer one's next unit against NUL ("B"
 * against "Bb" is -98) instead of the difference of the lengths.
 */
function compareOrdinal_(a, b) {
  if (a === null || a === undefined || b === null || b === undefined || a === b) return compareStrings_(a, b);
  const first = (a.length > 0 ? a.charCodeAt(0) : 0) - (b.length > 0 ? b.charCodeAt(0) : 0);
  if (first !== 0) return first;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  if (length % 2 === 1 && a.length !== b.length) return (a.length > length ? a.charCodeAt(length) : 0) - (b.length > length ? b.charCodeAt(length) : 0);
  return a.length - b.length;
}
