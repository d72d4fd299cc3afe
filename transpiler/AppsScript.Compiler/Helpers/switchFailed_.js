// requires: SwitchExpressionException
/** What a C# switch expression does when no arm matches. */
function switchFailed_(value) {
  throw new SwitchExpressionException(value);
}
