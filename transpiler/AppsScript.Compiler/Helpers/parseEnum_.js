// requires: readEnum_
/** Enum.Parse: the value, or .NET's exception. */
function parseEnum_(enumType, text, ignoreCase, underlyingType) {
  const result = readEnum_(enumType, text, ignoreCase, underlyingType);
  if (result instanceof Error) throw result;
  return result;
}
