// requires: ArgumentNullException
/**
 * Encoding.UTF8.GetString. Each maximal ill-formed subsequence becomes one U+FFFD, Unicode's recommended
 * practice, which .NET follows: a lead byte with the wrong continuation, an overlong form, a surrogate, or a
 * code point past U+10FFFF is cut where it stops being a prefix of a valid sequence.
 */
function utf8Decode_(bytes) {
  if (bytes === null || bytes === undefined) throw new ArgumentNullException(null, "bytes");
  let text = "";
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      text += String.fromCharCode(lead);
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let code = length === 2 ? lead & 0x1f : length === 3 ? lead & 0x0f : lead & 0x07;
    let taken = 1;
    while (taken < length) {
      const next = bytes[i + taken];
      const low = taken === 1 && lead === 0xe0 ? 0xa0 : taken === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const high = taken === 1 && lead === 0xed ? 0x9f : taken === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (next === undefined || next < low || next > high) break;
      code = (code << 6) | (next & 0x3f);
      taken++;
    }
    text += length !== 0 && taken === length ? String.fromCodePoint(code) : "\ufffd";
    i += taken;
  }
  return text;
}
