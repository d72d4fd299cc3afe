// requires: ArgumentException
/** System.ArgumentNullException, with .NET's default message. */
class ArgumentNullException extends ArgumentException {}

ArgumentNullException.defaultMessage = "Value cannot be null.";
ArgumentNullException.fullName_ = "System.ArgumentNullException";
