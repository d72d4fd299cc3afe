// requires: ArithmeticException
/** Math.Sign of a double: -1, 0 or 1 (0 for -0 too), and ArithmeticException for NaN as in .NET. */
function sign_(value) {
  if (Number.isNaN(value)) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}
