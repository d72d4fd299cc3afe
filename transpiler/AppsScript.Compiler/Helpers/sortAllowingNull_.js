/**
 * Array.prototype.sort moves undefined elements to the end without asking the comparison, but undefined is
 * one of the two forms of C#'s null, which the comparison must place: make each one null first.
 */
function sortAllowingNull_(array, comparison) {
  for (let i = 0; i < array.length; i++) {
    if (array[i] === undefined) array[i] = null;
  }
  return array.sort(comparison);
}
