// requires: ArgumentException
/** System.ArgumentOutOfRangeException, with .NET's default message. */
class ArgumentOutOfRangeException extends ArgumentException {}

ArgumentOutOfRangeException.defaultMessage = "Specified argument was out of the range of valid values.";
ArgumentOutOfRangeException.fullName_ = "System.ArgumentOutOfRangeException";
