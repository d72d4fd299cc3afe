/** char.IsLetterOrDigit: a letter or a decimal digit of any script (Unicode categories L and Nd). */
function isLetterOrDigit_(c) {
  return /^[\p{L}\p{Nd}]$/u.test(c);
}
