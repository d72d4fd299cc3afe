// requires: ArgumentNullException, FormatException
/**
 * Convert.FromBase64String as .NET reads it: spaces, tabs and line breaks anywhere are skipped; what is left
 * must be whole groups of four, with at most two = and only at the end. Unused low bits are ignored, as .NET does.
 */
function fromBase64_(text) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "s");
  const chars = text.replace(/[ \t\r\n]/g, "");
  if (chars.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(chars)) {
    throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
  }
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const padding = chars.endsWith("==") ? 2 : chars.endsWith("=") ? 1 : 0;
  const bytes = [];
  for (let i = 0; i < chars.length; i += 4) {
    let chunk = 0;
    for (let j = 0; j < 4; j++) chunk = (chunk << 6) | (chars[i + j] === "=" ? 0 : alphabet.indexOf(chars[i + j]));
    bytes.push((chunk >> 16) & 255, (chunk >> 8) & 255, chunk & 255);
  }
  bytes.length -= padding;
  return bytes;
}
