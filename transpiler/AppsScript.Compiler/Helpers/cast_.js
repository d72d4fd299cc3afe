// requires: InvalidCastException
/**
 * An explicit C# downcast: null passes, an instance of the class (or a value of the typeof name) passes,
 * anything else throws InvalidCastException as .NET does.
 */
function cast_(value, type) {
  if (value === null || value === undefined) return value;
  const matches = typeof type === "string" ? typeof value === type : value instanceof type;
  if (matches) return value;
  const from = typeof value === "object" ? value.constructor.name : typeof value;
  const to = typeof type === "string" ? type : type.name;
  throw new InvalidCastException(`Unable to cast object of type '${from}' to type '${to}'.`);
}
