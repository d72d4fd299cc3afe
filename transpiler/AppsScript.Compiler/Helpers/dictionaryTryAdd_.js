// requires: ArgumentNullException
/** Dictionary.TryAdd: adds the value unless the key is there, and tells whether it did. */
function dictionaryTryAdd_(dictionary, key, value) {
  if (key == null) throw new ArgumentNullException(null, "key");
  if (Object.prototype.hasOwnProperty.call(dictionary, key)) return false;
  dictionary[key] = value;
  return true;
}
