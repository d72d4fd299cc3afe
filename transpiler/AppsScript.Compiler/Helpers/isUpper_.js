/** char.IsUpper: an uppercase letter (Unicode category Lu). */
function isUpper_(c) {
  return /^\p{Lu}$/u.test(c);
}
