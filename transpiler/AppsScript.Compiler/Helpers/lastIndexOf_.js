/**
 * String.LastIndexOf(value, startIndex): .NET searches backwards from startIndex, so the whole match must end
 * at or before it, where JavaScript's lastIndexOf only needs the match to start there.
 */
function lastIndexOf_(text, value, startIndex) {
  if (value.length === 0) return Math.min(startIndex + 1, text.length);
  const last = startIndex - value.length + 1;
  return last < 0 ? -1 : text.lastIndexOf(value, last);
}
