// requires: ArithmeticException
/** System's DivideByZeroException, with .NET's default message. */
class DivideByZeroException extends ArithmeticException {
  constructor(message, innerException) {
    super(message ?? "Attempted to divide by zero.", innerException);
  }
}

DivideByZeroException.fullName_ = "System.DivideByZeroException";
