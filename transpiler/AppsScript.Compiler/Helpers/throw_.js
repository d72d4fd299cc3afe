/** Throws its argument: C#'s throw expression (x ?? throw ...), which JavaScript does not have. */
function throw_(error) {
  throw error;
}
