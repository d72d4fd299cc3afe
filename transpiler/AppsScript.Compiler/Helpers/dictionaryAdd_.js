// requires: ArgumentException, ArgumentNullException
/** Dictionary.Add: a key already there, or a null key, is .NET's exception rather than an overwrite. */
function dictionaryAdd_(dictionary, key, value) {
  if (key == null) throw new ArgumentNullException(null, "key");
  if (Object.prototype.hasOwnProperty.call(dictionary, key)) {
    throw new ArgumentException(`An item with the same key has already been added. Key: ${key}`);
  }
  dictionary[key] = value;
}
