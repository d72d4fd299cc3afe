// requires: Exception
/** System's InvalidCastException, with .NET's default message. */
class InvalidCastException extends Exception {
  constructor(message, innerException) {
    super(message ?? "Specified cast is not valid.", innerException);
  }
}
