// requires: ArgumentNullException, FormatException, tryParseDouble_
/** double.Parse with the invariant culture (see tryParseDouble_), with .NET's exceptions and messages. */
function parseDouble_(text, allowThousands = true) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "s");
  const value = tryParseDouble_(text, allowThousands);
  if (value === null) throw new FormatException(`The input string '${text}' was not in a correct format.`);
  return value;
}
