// requires: ArgumentNullException, FormatException, tryParseBoolean_
/** bool.Parse, with .NET's exceptions and messages. */
function parseBoolean_(text) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "value");
  const value = tryParseBoolean_(text);
  if (value === null) throw new FormatException(`String '${text}' was not recognized as a valid Boolean.`);
  return value;
}
