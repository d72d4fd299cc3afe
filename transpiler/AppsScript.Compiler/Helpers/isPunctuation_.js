/** char.IsPunctuation: Unicode's punctuation categories (Pc, Pd, Ps, Pe, Pi, Pf, Po). */
function isPunctuation_(c) {
  return /^\p{P}$/u.test(c);
}
