// requires: SystemException
/** System's KeyNotFoundException, with .NET's default message. */
class KeyNotFoundException extends SystemException {
  constructor(message, innerException) {
    super(message ?? "The given key was not present in the dictionary.", innerException);
  }
}

KeyNotFoundException.fullName_ = "System.Collections.Generic.KeyNotFoundException";
