// requires: isWhiteSpace_
/** bool.TryParse: "True" or "False" in any case, with whitespace and NUL characters around; else null. */
function tryParseBoolean_(text) {
  if (text === null || text === undefined) return null;
  const padding = (c) => c === "\0" || isWhiteSpace_(c);
  let start = 0;
  let end = text.length;
  while (start < end && padding(text[start])) start++;
  while (end > start && padding(text[end - 1])) end--;
  const word = text.slice(start, end).toLowerCase();
  return word === "true" ? true : word === "false" ? false : null;
}
