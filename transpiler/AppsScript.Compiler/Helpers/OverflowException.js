// requires: Exception
/** System's OverflowException, with .NET's default message. */
class OverflowException extends Exception {
  constructor(message, innerException) {
    super(message ?? "Arithmetic operation resulted in an overflow.", innerException);
  }
}
