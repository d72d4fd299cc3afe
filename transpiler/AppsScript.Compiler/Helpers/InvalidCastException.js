// requires: SystemException
/** System's InvalidCastException, with .NET's default message. */
class InvalidCastException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "Specified cast is not valid.", innerException);
  }
}

InvalidCastException.fullName_ = "System.InvalidCastException";
