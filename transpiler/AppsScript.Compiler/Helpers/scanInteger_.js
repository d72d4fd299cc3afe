/**
 * Reads an integer as int.Parse and long.Parse do with the invariant culture (NumberStyles.Integer): ASCII
 * digits with an optional sign, whitespace (tab to carriage return, space) around them, and trailing NUL
 * characters. Returns the number, "format" when the text is not an integer, or "overflow" when it does
 * not fit a signed integer of `bits` bits.
 */
function scanInteger_(text, bits) {
  const match = /^[\t-\r ]*([+-]?)0*(\d+?)[\t-\r ]*\0*$/.exec(text);
  if (match === null) return "format";
  const [, sign, digits] = match;
  const limit = bits === 64 ? (sign === "-" ? "9223372036854775808" : "9223372036854775807") : sign === "-" ? "2147483648" : "2147483647";
  if (digits.length > limit.length || (digits.length === limit.length && digits > limit)) return "overflow";
  const value = Number(digits);
  return sign === "-" && value !== 0 ? -value : value;
}
