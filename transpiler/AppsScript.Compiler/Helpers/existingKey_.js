// requires: ArgumentNullException, KeyNotFoundException
/**
 * The key of a dictionary entry that a compound assignment (+=, ++, ??=) reads before it writes: .NET's
 * indexer throws for a missing key where JavaScript would read undefined.
 */
function existingKey_(dictionary, key) {
  if (key == null) throw new ArgumentNullException(null, "key");
  if (!Object.prototype.hasOwnProperty.call(dictionary, key)) {
    throw new KeyNotFoundException(`The given key '${key}' was not present in the dictionary.`);
  }
  return key;
}
