/**
 * JSON.stringify's text with Newtonsoft's escapes: Newtonsoft also escapes U+0085, U+2028 and U+2029, and
 * writes a lone surrogate as it is, where JSON.stringify writes \udxxx. These can only occur inside strings,
 * so the text is rewritten as a whole; an escape is one preceded by an odd number of backslashes.
 */
function newtonsoftEscapes_(json) {
  return json.replace(/(\\+)u(d[89a-f][0-9a-f]{2})|[\u0085\u2028\u2029]/g, (match, backslashes, code) => {
    if (backslashes === undefined) return `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;
    if (backslashes.length % 2 === 0) return match;
    return backslashes.slice(1) + String.fromCharCode(parseInt(code, 16));
  });
}
