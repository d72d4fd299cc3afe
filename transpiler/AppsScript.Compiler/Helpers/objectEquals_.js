/**
 * .NET's static object.Equals(a, b) where the program's classes have their own Equals(object): the same object (or
 * both null) is equal, null is equal to nothing else, and otherwise a's own Equals, where its class has one, decides.
 * A class without one keeps object's, which compares references.
 */
function objectEquals_(a, b) {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  return typeof a.equals === "function" && a.equals(b);
}
