// requires: Exception
/** System's TimeoutException, with .NET's default message. */
class TimeoutException extends Exception {
  constructor(message, innerException) {
    super(message ?? "The operation has timed out.", innerException);
  }
}
