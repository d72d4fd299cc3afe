// requires: isWhiteSpace_
/**
 * String.TrimEnd: removes .NET's whitespace (see isWhiteSpace_), or the given characters (a char or an array
 * of chars; none given means whitespace) from the end.
 */
function trimEnd_(text, trimChars) {
  const byWhiteSpace = trimChars === null || trimChars === undefined || trimChars.length === 0;
  let end = text.length;
  while (end > 0 && (byWhiteSpace ? isWhiteSpace_(text[end - 1]) : trimChars.includes(text[end - 1]))) end--;
  return text.slice(0, end);
}
