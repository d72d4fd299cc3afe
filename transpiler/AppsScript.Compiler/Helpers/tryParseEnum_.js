// requires: readEnum_
/** Enum.TryParse: the value, or null where Parse would throw. */
function tryParseEnum_(enumType, text, ignoreCase, underlyingType) {
  const result = readEnum_(enumType, text, ignoreCase, underlyingType);
  return result instanceof Error ? null : result;
}
