// requires: ArgumentNullException, FormatException, OverflowException, scanInteger_
/** int.Parse and long.Parse (bits 32 or 64), with .NET's exceptions and messages. */
function parseInteger_(text, bits) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "s");
  const value = scanInteger_(text, bits);
  if (value === "format") throw new FormatException(`The input string '${text}' was not in a correct format.`);
  if (value === "overflow") throw new OverflowException(`Value was either too large or too small for an Int${bits}.`);
  return value;
}
