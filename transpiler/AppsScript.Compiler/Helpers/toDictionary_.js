// requires: dictionaryAdd_
/**
 * Enumerable.ToDictionary: an object without a prototype keyed by the selected keys, or the KeyedMap_ given for
 * keys of another type; a repeated key throws as in .NET.
 */
function toDictionary_(source, keySelector, elementSelector, map) {
  const dictionary = map ?? Object.create(null);
  for (const item of source) {
    const key = keySelector(item);
    const element = elementSelector === undefined ? item : elementSelector(item);
    if (map === undefined) dictionaryAdd_(dictionary, key, element);
    else map.add(key, element);
  }
  return dictionary;
}
