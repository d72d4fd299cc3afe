/** (int) of a double as .NET 9 and later convert it: toward zero, NaN to 0, and held at int's bounds instead of wrapping. */
function toInt32_(value) {
  return value >= 2147483647 ? 2147483647 : value <= -2147483648 ? -2147483648 : value | 0;
}
