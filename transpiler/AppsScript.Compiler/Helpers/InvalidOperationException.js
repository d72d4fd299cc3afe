// requires: SystemException
/** System's InvalidOperationException, with .NET's default message. */
class InvalidOperationException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "Operation is not valid due to the current state of the object.", innerException);
  }
}

InvalidOperationException.fullName_ = "System.InvalidOperationException";
