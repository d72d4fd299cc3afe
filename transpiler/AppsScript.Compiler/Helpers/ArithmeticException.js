// requires: Exception
/** System's ArithmeticException, the base of OverflowException and DivideByZeroException, with .NET's default message. */
class ArithmeticException extends Exception {
  constructor(message, innerException) {
    super(message ?? "Overflow or underflow in the arithmetic operation.", innerException);
  }
}
