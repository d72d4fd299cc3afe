// requires: ArgumentOutOfRangeException
/** .NET's ArgumentOutOfRangeException.ThrowIfNegative, with its message, for the range checks of string members. */
function throwIfNegative_(value, paramName) {
  if (value < 0) throw new ArgumentOutOfRangeException(`${paramName} ('${value}') must be a non-negative value.`, paramName, null, value);
}
