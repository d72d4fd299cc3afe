// requires: typeName_
/**
 * System.Exception. Derives from Error so that host errors and .NET-style exceptions are caught alike;
 * name is the class name, which Apps Script shows in its execution log.
 */
class Exception extends Error {
  constructor(message, innerException) {
    super(message ?? `Exception of type '${typeName_(new.target)}' was thrown.`);
    this.name = new.target.name;
    this.innerException = innerException ?? null;
  }
}

Exception.fullName_ = "System.Exception";
