// requires: trimStart_, trimEnd_
/** String.Trim: .NET's whitespace, or the given characters, from both ends (see trimStart_). */
function trim_(text, trimChars) {
  return trimEnd_(trimStart_(text, trimChars), trimChars);
}
