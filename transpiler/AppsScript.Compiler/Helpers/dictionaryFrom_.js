// requires: dictionaryAdd_
/** A dictionary initialiser of Add entries: each [key, value] pair is added in turn, so a repeated key throws as in .NET. */
function dictionaryFrom_(dictionary, pairs) {
  for (const [key, value] of pairs) dictionaryAdd_(dictionary, key, value);
  return dictionary;
}
