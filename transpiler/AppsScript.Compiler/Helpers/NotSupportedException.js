// requires: Exception
/** System's NotSupportedException, with .NET's default message. */
class NotSupportedException extends Exception {
  constructor(message, innerException) {
    super(message ?? "Specified method is not supported.", innerException);
  }
}
