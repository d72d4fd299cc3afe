// requires: DivideByZeroException
/** C# integer division: truncates toward zero (0, not -0), and throws DivideByZeroException for a zero divisor. */
function intDiv_(dividend, divisor) {
  if (divisor === 0) throw new DivideByZeroException();
  return Math.trunc(dividend / divisor) + 0;
}
