// requires: DivideByZeroException
/** C# integer remainder: the sign of the dividend, and DivideByZeroException for a zero divisor. */
function intRem_(dividend, divisor) {
  if (divisor === 0) throw new DivideByZeroException();
  return dividend % divisor;
}
