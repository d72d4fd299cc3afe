// requires: throwIfNegative_
/** new string(c, count) and StringBuilder.Append(c, count): repeat, which throws a RangeError for a negative count where .NET throws ArgumentOutOfRangeException. */
function repeatChar_(character, count, paramName) {
  throwIfNegative_(count, paramName);
  return character.repeat(count);
}
