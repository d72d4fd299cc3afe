// requires: DivideByZeroException
/** C# integer division: truncates toward zero, and throws DivideByZeroException for a zero divisor. */
function intDiv_(dividend, divisor) {
  if (divisor === 0) throw new DivideByZeroException();
  return Math.trunc(dividend / divisor);
}
