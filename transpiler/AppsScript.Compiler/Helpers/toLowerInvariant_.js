/**
 * ToLowerInvariant as .NET maps case: character by character (Unicode's simple case mapping), so a final
 * "Σ" becomes "σ" where JavaScript's toLowerCase writes "ς", and "İ" stays, as .NET keeps the Turkish i's apart.
 */
function toLowerInvariant_(text) {
  if (/^[\0-\x7f]*$/.test(text)) return text.toLowerCase();
  let result = "";
  for (const c of text) {
    const lower = c.toLowerCase();
    result += lower.length === c.length && c !== "\u0130" ? lower : c;
  }
  return result;
}
