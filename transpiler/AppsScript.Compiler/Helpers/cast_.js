// requires: InvalidCastException, typeName_
/**
 * An explicit C# downcast: null passes, an instance of the class (or a value of the typeof name) passes,
 * anything else throws InvalidCastException with .NET's message. to is the .NET name of the type; names pairs
 * what the value may be (a class, most derived first, or a typeof name) with its .NET name.
 */
function cast_(value, type, to, names) {
  if (value === null || value === undefined) return value;
  const matches = typeof type === "string" ? typeof value === type : value instanceof type;
  if (matches) return value;
  const known = names.find(([test]) => typeof test === "string" ? typeof value === test : value instanceof test);
  const from = known ? known[1] : typeof value === "object" ? typeName_(value.constructor) : typeof value;
  throw new InvalidCastException(`Unable to cast object of type '${from}' to type '${to}'.`);
}
