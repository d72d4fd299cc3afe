// requires: SystemException
/** System's ArithmeticException, the base of OverflowException and DivideByZeroException, with .NET's default message. */
class ArithmeticException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "Overflow or underflow in the arithmetic operation.", innerException);
  }
}

ArithmeticException.fullName_ = "System.ArithmeticException";
