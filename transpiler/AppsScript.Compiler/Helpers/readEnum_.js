// requires: ArgumentException, ArgumentNullException, OverflowException, isWhiteSpace_, equalsIgnoreCase_
/**
 * Enum.Parse and TryParse as .NET reads the text: after leading white space, a number in the underlying type's
 * range when it starts with a digit or a sign (ASCII white space may follow), else member names separated by
 * commas, combined with | (as BigInts, so that a long enum keeps its high bits). Returns the value, or the
 * exception .NET throws, for Parse to throw and TryParse to turn into false.
 */
function readEnum_(enumType, text, ignoreCase, underlyingType) {
  if (text === null || text === undefined) return new ArgumentNullException(null, "value");
  let start = 0;
  while (start < text.length && isWhiteSpace_(text[start])) start++;
  const value = text.slice(start);
  if (value.length === 0) return new ArgumentException("Must specify valid information for parsing in the string.", "value");
  const number = /^([-+]?)([0-9]+)[\t-\r ]*$/.exec(value);
  if (number) {
    const magnitude = Number(number[2]);
    const result = number[1] === "-" ? -magnitude : magnitude;
    const [min, max, name] = {
      Int32: [-2147483648, 2147483647, "an Int32"],
      Int64: [-9223372036854775808, 9223372036854775807, "an Int64"],
      Int16: [-32768, 32767, "an Int16"],
      UInt16: [0, 65535, "a UInt16"],
      Byte: [0, 255, "an unsigned byte"],
      SByte: [-128, 127, "a signed byte"],
    }[underlyingType];
    if (result < min || result > max) return new OverflowException(`Value was either too large or too small for ${name}.`);
    return result + 0;
  }
  const names = Object.keys(enumType);
  let result = 0;
  for (const part of value.split(",")) {
    let from = 0;
    let to = part.length;
    while (from < to && isWhiteSpace_(part[from])) from++;
    while (to > from && isWhiteSpace_(part[to - 1])) to--;
    const piece = part.slice(from, to);
    const name = names.find((candidate) => (ignoreCase ? equalsIgnoreCase_(candidate, piece) : candidate === piece));
    if (name === undefined) return new ArgumentException(`Requested value '${value}' was not found.`);
    result = Number(BigInt(result) | BigInt(enumType[name]));
  }
  return result;
}
