/** (long) of a double as .NET 9 and later convert it: toward zero, NaN to 0, and held at long's bounds. */
function toInt64_(value) {
  return value >= 9223372036854775807 ? 9223372036854775807 : value <= -9223372036854775808 ? -9223372036854775808 : Math.trunc(value) || 0;
}
