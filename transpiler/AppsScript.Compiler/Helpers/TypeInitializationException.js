// requires: Exception
/** System's TypeInitializationException: a static constructor or static initialiser threw. */
class TypeInitializationException extends Exception {
  constructor(typeName, innerException) {
    super(`The type initializer for '${typeName}' threw an exception.`, innerException);
  }
}
