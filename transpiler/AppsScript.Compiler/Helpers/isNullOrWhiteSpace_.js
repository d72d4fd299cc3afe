// requires: isWhiteSpace_
/** string.IsNullOrWhiteSpace, with .NET's whitespace characters. */
function isNullOrWhiteSpace_(text) {
  if (text === null || text === undefined) return true;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace_(text[i])) return false;
  }
  return true;
}
