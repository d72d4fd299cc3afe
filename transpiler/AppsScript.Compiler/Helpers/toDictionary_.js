// requires: dictionaryAdd_
/** Enumerable.ToDictionary: a plain object keyed by the selected keys; a repeated key throws as in .NET. */
function toDictionary_(source, keySelector, elementSelector) {
  const dictionary = {};
  for (const item of source) {
    dictionaryAdd_(dictionary, keySelector(item), elementSelector === undefined ? item : elementSelector(item));
  }
  return dictionary;
}
