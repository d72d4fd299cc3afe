// requires: ArgumentNullException
/**
 * Uri.EscapeDataString: percent-encodes the UTF-8 bytes of every character but A-Z, a-z, 0-9 and "-_.~", in
 * upper-case hex. encodeURIComponent keeps "!'()*" too and throws on a lone surrogate, which .NET encodes as U+FFFD.
 */
function escapeDataString_(text) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "stringToEscape");
  let wellFormed = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const nextIsLow = i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (high && nextIsLow) {
      wellFormed += text[i] + text[i + 1];
      i++;
    } else {
      wellFormed += unit >= 0xd800 && unit <= 0xdfff ? "\ufffd" : text[i];
    }
  }
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
