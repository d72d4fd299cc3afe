// requires: trim_
/**
 * double.TryParse as .NET reads with the invariant culture (NumberStyles.Float | AllowThousands): optional
 * sign, digits with "," group separators before the point, a fraction, an exponent, whitespace around and
 * NUL characters after; or Infinity, -Infinity and NaN in any case. Too large a value is infinite, as in
 * .NET. allowThousands is false for NumberStyles.Float, which takes no group separators. Returns the value,
 * or null when the text does not parse.
 */
function tryParseDouble_(text, allowThousands = true) {
  if (text === null || text === undefined) return null;
  const pattern = allowThousands
    ? /^[\t-\r ]*([+-]?)(\d[\d,]*)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?[\t-\r ]*\0*$/
    : /^[\t-\r ]*([+-]?)(\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?[\t-\r ]*\0*$/;
  const match = pattern.exec(text);
  if (match !== null && (match[2] !== undefined || (match[3] ?? "") !== "")) {
    const [, sign, whole = "0", fraction = "", exponent = "0"] = match;
    return Number(`${sign}${whole.split(",").join("")}.${fraction}0e${exponent}`);
  }
  switch (trim_(text).toLowerCase()) {
    case "infinity":
    case "+infinity":
      return Infinity;
    case "-infinity":
      return -Infinity;
    case "nan":
    case "+nan":
    case "-nan":
      return NaN;
    default:
      return null;
  }
}
