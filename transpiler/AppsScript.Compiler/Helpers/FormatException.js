// requires: SystemException
/** System's FormatException, with .NET's default message. */
class FormatException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "One of the identified items was in an invalid format.", innerException);
  }
}

FormatException.fullName_ = "System.FormatException";
