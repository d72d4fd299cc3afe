/** char.IsDigit: a decimal digit of any script (Unicode category Nd), as .NET tests it. */
function isDigit_(c) {
  return /^\p{Nd}$/u.test(c);
}
