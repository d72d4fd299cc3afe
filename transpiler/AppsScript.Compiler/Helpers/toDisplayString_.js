// requires: formatDouble_
/**
 * The string .NET makes of a value whose type is known only at run time (object, an interface, a type
 * parameter): "" for null, "True"/"False" for a bool, a number as a double prints, else its own toString.
 */
function toDisplayString_(value) {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "number":
      return formatDouble_(value);
    default:
      return String(value);
  }
}
