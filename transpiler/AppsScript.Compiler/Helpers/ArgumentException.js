// requires: SystemException
/**
 * System.ArgumentException: .NET appends " (Parameter 'name')" to the message when a parameter is named,
 * and ArgumentOutOfRangeException a line with the actual value.
 */
class ArgumentException extends SystemException {
  constructor(message, paramName, innerException, actualValue) {
    let text = message ?? new.target.defaultMessage;
    if (paramName !== null && paramName !== undefined) text += ` (Parameter '${paramName}')`;
    if (actualValue !== null && actualValue !== undefined) text += `\nActual value was ${actualValue}.`;
    super(text, innerException);
    this.paramName = paramName ?? null;
    this.actualValue = actualValue ?? null;
  }
}

ArgumentException.defaultMessage = "Value does not fall within the expected range.";
ArgumentException.fullName_ = "System.ArgumentException";
