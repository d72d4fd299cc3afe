/**
 * char.IsWhiteSpace: Unicode's White_Space characters. JavaScript's \s and trim() differ: they take U+FEFF
 * and leave U+0085.
 */
function isWhiteSpace_(c) {
  return /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(c);
}
