// requires: Exception
/** System's InvalidOperationException, with .NET's default message. */
class InvalidOperationException extends Exception {
  constructor(message, innerException) {
    super(message ?? "Operation is not valid due to the current state of the object.", innerException);
  }
}
