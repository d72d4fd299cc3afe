// requires: ArgumentException, ArgumentNullException
/** String.Replace(oldValue, newValue) for an old value known only at run time: .NET rejects a null or empty one. */
function replace_(text, oldValue, newValue) {
  if (oldValue === null || oldValue === undefined) throw new ArgumentNullException(null, "oldValue");
  if (oldValue === "") throw new ArgumentException("The value cannot be an empty string.", "oldValue");
  return text.split(oldValue).join(newValue ?? "");
}
