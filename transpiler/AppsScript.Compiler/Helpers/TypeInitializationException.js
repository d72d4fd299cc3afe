// requires: SystemException
/** System's TypeInitializationException: a static constructor or static initialiser threw. */
class TypeInitializationException extends SystemException {
  constructor(typeName, innerException) {
    super(`The type initializer for '${typeName}' threw an exception.`, innerException);
  }
}

TypeInitializationException.fullName_ = "System.TypeInitializationException";
