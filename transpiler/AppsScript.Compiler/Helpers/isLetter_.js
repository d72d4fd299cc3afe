/** char.IsLetter: a letter of any script (Unicode category L). */
function isLetter_(c) {
  return /^\p{L}$/u.test(c);
}
