/** char.IsLower: a lowercase letter (Unicode category Ll). */
function isLower_(c) {
  return /^\p{Ll}$/u.test(c);
}
