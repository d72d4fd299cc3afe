// requires: ArithmeticException
/** System's OverflowException, with .NET's default message. */
class OverflowException extends ArithmeticException {
  constructor(message, innerException) {
    super(message ?? "Arithmetic operation resulted in an overflow.", innerException);
  }
}

OverflowException.fullName_ = "System.OverflowException";
