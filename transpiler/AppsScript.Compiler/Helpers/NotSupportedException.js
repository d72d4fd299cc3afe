// requires: SystemException
/** System's NotSupportedException, with .NET's default message. */
class NotSupportedException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "Specified method is not supported.", innerException);
  }
}

NotSupportedException.fullName_ = "System.NotSupportedException";
