// requires: SystemException
/** System's NotImplementedException, with .NET's default message. */
class NotImplementedException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "The method or operation is not implemented.", innerException);
  }
}

NotImplementedException.fullName_ = "System.NotImplementedException";
