// requires: existingKey_
/** The Dictionary indexer: a missing key is .NET's KeyNotFoundException, not undefined or an inherited member. */
function dictionaryGet_(dictionary, key) {
  return dictionary[existingKey_(dictionary, key)];
}
