// requires: SystemException
/** System's TimeoutException, with .NET's default message. */
class TimeoutException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "The operation has timed out.", innerException);
  }
}

TimeoutException.fullName_ = "System.TimeoutException";
