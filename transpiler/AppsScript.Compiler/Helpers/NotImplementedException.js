// requires: Exception
/** System's NotImplementedException, with .NET's default message. */
class NotImplementedException extends Exception {
  constructor(message, innerException) {
    super(message ?? "The method or operation is not implemented.", innerException);
  }
}
