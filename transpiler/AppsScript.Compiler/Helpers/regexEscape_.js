// requires: ArgumentNullException
/** Regex.Escape: .NET's escapes, which also cover # and white space (for IgnorePatternWhitespace) and leave ] and } alone. */
function regexEscape_(text) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "str");
  const named = { "\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f" };
  return text.replace(/[\\*+?|{[()^$.# \t\n\r\f]/g, (c) => named[c] ?? "\\" + c);
}
