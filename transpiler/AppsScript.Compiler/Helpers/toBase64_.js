// requires: ArgumentNullException
/** Convert.ToBase64String: the standard alphabet with = padding, as .NET writes it. */
function toBase64_(bytes) {
  if (bytes === null || bytes === undefined) throw new ArgumentNullException(null, "inArray");
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let text = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    text += alphabet[chunk >> 18] + alphabet[(chunk >> 12) & 63];
    text += i + 1 < bytes.length ? alphabet[(chunk >> 6) & 63] : "=";
    text += i + 2 < bytes.length ? alphabet[chunk & 63] : "=";
  }
  return text;
}
