// requires: Exception
/** System.SystemException: the base of the exceptions .NET's own code throws, as ArgumentException and FormatException. */
class SystemException extends Exception {
  constructor(message, innerException) {
    super(message ?? "System error.", innerException);
  }
}

SystemException.fullName_ = "System.SystemException";
