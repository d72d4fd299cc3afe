// requires: InvalidOperationException, toDisplayString_
/** The exception a C# switch expression throws when no arm matches, with .NET's message, which names a value that is not null. */
class SwitchExpressionException extends InvalidOperationException {
  constructor(unmatchedValue) {
    const unmatched = unmatchedValue === null || unmatchedValue === undefined ? "" : `\nUnmatched value was ${toDisplayString_(unmatchedValue)}.`;
    super(`Non-exhaustive switch expression failed to match its input.${unmatched}`);
    this.unmatchedValue = unmatchedValue ?? null;
  }
}

SwitchExpressionException.fullName_ = "System.Runtime.CompilerServices.SwitchExpressionException";
