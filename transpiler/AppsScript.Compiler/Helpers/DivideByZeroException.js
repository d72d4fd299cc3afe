// requires: Exception
/** System's DivideByZeroException, with .NET's default message. */
class DivideByZeroException extends Exception {
  constructor(message, innerException) {
    super(message ?? "Attempted to divide by zero.", innerException);
  }
}
