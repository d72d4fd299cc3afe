// requires: Exception
/** System's FormatException, with .NET's default message. */
class FormatException extends Exception {
  constructor(message, innerException) {
    super(message ?? "One of the identified items was in an invalid format.", innerException);
  }
}
