// requires: InvalidOperationException, toDisplayString_
/** The exception a C# switch expression throws when no arm matches, with .NET's message. */
class SwitchExpressionException extends InvalidOperationException {
  constructor(unmatchedValue) {
    super(`Non-exhaustive switch expression failed to match its input.\nUnmatched value was ${toDisplayString_(unmatchedValue)}.`);
    this.unmatchedValue = unmatchedValue;
  }
}
