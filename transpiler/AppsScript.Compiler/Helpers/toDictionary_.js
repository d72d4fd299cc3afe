// requires: dictionaryAdd_
/** Enumerable.ToDictionary: an object without a prototype keyed by the selected keys; a repeated key throws as in .NET. */
function toDictionary_(source, keySelector, elementSelector) {
  const dictionary = Object.create(null);
  for (const item of source) {
    dictionaryAdd_(dictionary, keySelector(item), elementSelector === undefined ? item : elementSelector(item));
  }
  return dictionary;
}
