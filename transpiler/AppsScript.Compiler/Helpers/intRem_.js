// requires: DivideByZeroException
/** C# integer remainder: the sign of the dividend (0, not -0, for none), and DivideByZeroException for a zero divisor. */
function intRem_(dividend, divisor) {
  if (divisor === 0) throw new DivideByZeroException();
  return dividend % divisor + 0;
}
