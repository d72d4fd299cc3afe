// requires: OverflowException
/** Convert.ToInt32(double): rounds a midpoint to even (where a cast truncates), and throws OverflowException outside int's range or for NaN. */
function convertToInt32_(value) {
  if (!(value >= -2147483648.5 && value < 2147483647.5)) throw new OverflowException("Value was either too large or too small for an Int32.");
  const floor = Math.floor(value);
  const fraction = value - floor;
  return (fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor) | 0;
}
