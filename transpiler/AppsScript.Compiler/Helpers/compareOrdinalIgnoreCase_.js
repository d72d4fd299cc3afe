// requires: compareStrings_
/**
 * StringComparer.OrdinalIgnoreCase's Compare, as a comparison function a sort or search can take.
 */
function compareOrdinalIgnoreCase_(a, b) {
  return compareStrings_(a, b, true);
}
