/**
 * ToUpperInvariant as .NET maps case: character by character (Unicode's simple case mapping), so "ß", "ﬁ"
 * and "ŉ" stay as they are where JavaScript's toUpperCase writes "SS", "FI" and "ʼN", and the Greek letters
 * with iota subscript take their single-character capitals; "ı" and "ſ" stay, as .NET keeps them apart from "I" and "S".
 */
function toUpperInvariant_(text) {
  if (/^[\0-\x7f]*$/.test(text)) return text.toUpperCase();
  let result = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    const upper = c.toUpperCase();
    if (code === 0x131 || code === 0x17f) result += c;
    else if ((code >= 0x1f80 && code <= 0x1faf && (code & 0xf) < 8) || code === 0x1fb3 || code === 0x1fc3 || code === 0x1ff3) {
      result += String.fromCharCode(code + ((code & 0xf) === 3 && code > 0x1faf ? 9 : 8));
    } else result += upper.length === c.length ? upper : c;
  }
  return result;
}
