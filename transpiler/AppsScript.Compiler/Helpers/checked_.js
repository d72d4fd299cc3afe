// requires: OverflowException
/** An integer result of checked arithmetic or a checked conversion: OverflowException, as in .NET, when it is outside the type's range; 0 for -0, which integers do not have. */
function checked_(value, min, max) {
  if (!(value >= min && value <= max)) throw new OverflowException();
  return value + 0;
}
