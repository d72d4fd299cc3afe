// requires: scanInteger_
/** int.TryParse and long.TryParse (bits 32 or 64): the value, or null when the text does not parse. */
function tryParseInteger_(text, bits) {
  if (text === null || text === undefined) return null;
  const value = scanInteger_(text, bits);
  return typeof value === "number" ? value : null;
}
