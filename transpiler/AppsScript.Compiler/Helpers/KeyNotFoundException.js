// requires: Exception
/** System's KeyNotFoundException, with .NET's default message. */
class KeyNotFoundException extends Exception {
  constructor(message, innerException) {
    super(message ?? "The given key was not present in the dictionary.", innerException);
  }
}
