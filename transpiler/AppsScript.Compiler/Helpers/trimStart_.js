// requires: isWhiteSpace_
/**
 * String.TrimStart: removes .NET's whitespace (see isWhiteSpace_), or the given characters (a char or an
 * array of chars; none given means whitespace) from the start.
 */
function trimStart_(text, trimChars) {
  const byWhiteSpace = trimChars === null || trimChars === undefined || trimChars.length === 0;
  let start = 0;
  while (start < text.length && (byWhiteSpace ? isWhiteSpace_(text[start]) : trimChars.includes(text[start]))) start++;
  return text.slice(start);
}
