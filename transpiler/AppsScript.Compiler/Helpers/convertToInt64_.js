// requires: OverflowException, roundHalfEven_
/** Convert.ToInt64(double): rounds a midpoint to even, and throws OverflowException outside long's range or for NaN. */
function convertToInt64_(value) {
  const rounded = roundHalfEven_(value);
  if (!(rounded >= -9223372036854775808 && rounded < 9223372036854775808)) throw new OverflowException();
  return rounded === 0 ? 0 : rounded;
}
