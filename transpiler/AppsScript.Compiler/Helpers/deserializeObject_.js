// requires: ArgumentNullException, JsonReaderException, JsonSerializationException, readJson_, jsonPath_, scanInteger_, tryParseDouble_, tryParseBoolean_, roundHalfEven_, formatDouble_, trim_
/**
 * JsonConvert.DeserializeObject<T>, reading as Newtonsoft reads into T, whose shape says how:
 *   "Int32", "Int64", "Int16", "UInt16", "Byte", "SByte", "Double", "Boolean", "String": a value of that type, with
 *     "?" after a nullable one;
 *   ["List", name, element]: a list or array; ["Dictionary", name, value]: a dictionary of string keys (an object
 *     without a prototype); ["Map", name, [key, value, create]]: a dictionary of other keys, the KeyedMap_ create()
 *     makes, its keys read from the property names as Newtonsoft converts them (key one of the integer shapes,
 *     "Boolean", "Char" or an enum's), a key met twice keeping its first place and taking the last value;
 *   ["Object", name, { key: shape }]: plain data, exactly its declared members in declaration order; a key sets the
 *     member of that name, else the first whose name matches ignoring case (the last such key wins); a member
 *     without a key keeps .NET's default;
 *   ["Enum", name, { Member: value }]: an enum, from its number or members' names in any case, joined by commas.
 * name is the type's .NET name, for the messages. Values convert as Newtonsoft converts them ("42" into an int, a
 * number into a string as written), and what does not fit throws Newtonsoft's exception with its message. Null
 * text throws ArgumentNullException; blank text gives null.
 */
function deserializeObject_(text, shape) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "value");
  if (text.trim() === "") return null;
  const where = (node, path, position = node.end) => `Path '${path}', line ${node.line}, position ${position}.`;
  const display = (node) => {
    switch (node.type) {
      case "null":
        return "{null}";
      case "string":
        return `"${node.value}"`;
      case "boolean":
        return node.value ? "True" : "False";
      default:
        return /^-?\d+$/.test(node.value) ? node.value : formatDouble_(Number(node.value));
    }
  };
  const notConverted = (node, name, path) => new JsonSerializationException(`Error converting value ${display(node)} to type '${name}'. ${where(node, path)}`);
  const unexpected = (node, path) =>
    new JsonReaderException(`Unexpected character encountered while parsing value: ${{ object: "{", array: "[", boolean: node.value ? "t" : "f" }[node.type] ?? ""}. ${where(node, path, node.start + 1)}`);
  const needs = {
    primitive: "primitive value (e.g. string, number, boolean, null)",
    array: "array (e.g. [1,2,3])",
    object: 'object (e.g. {"name":"value"})',
  };
  const wrongContainer = (node, name, need, path) => {
    const fix = node.type === "object"
      ? "change the deserialized type so that it is a normal .NET type (e.g. not a primitive type like integer, not a collection type like an array or List<T>) that can be deserialized from a JSON object. JsonObjectAttribute can also be added to the type to force it to deserialize from a JSON object."
      : "change the deserialized type to an array or a type that implements a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.";
    return new JsonSerializationException(`Cannot deserialize the current JSON ${node.type === "object" ? needs.object : needs.array} into type '${name}' because the type requires a JSON ${needs[need]} to deserialize correctly.\nTo fix this error either change the JSON to a JSON ${needs[need]} or ${fix}\n${where(node, path, node.inside)}`);
  };
  const ranges = { Int64: [-9223372036854775808, 9223372036854775807], Int16: [-32768, 32767], UInt16: [0, 65535], Byte: [0, 255], SByte: [-128, 127] };
  const primitive = (node, code, path) => {
    const nullable = code.endsWith("?");
    const type = nullable ? code.slice(0, -1) : code;
    const name = nullable ? `System.Nullable\`1[System.${type}]` : `System.${type}`;
    const empty = node.type === "null" || (node.type === "string" && node.value === "" && type !== "String");
    if (empty) {
      if (nullable || type === "String") return null;
      throw notConverted(type in ranges ? node : { ...node, type: "null" }, name, path);
    }
    if (type === "String") {
      if (node.type === "object" || node.type === "array") throw unexpected(node, path);
      return node.type === "boolean" ? String(node.value) : node.value;
    }
    if (type in ranges) {
      if (node.type === "object" || node.type === "array") throw wrongContainer(node, name, "primitive", path);
      const [min, max] = ranges[type];
      let value;
      if (node.type === "boolean") value = node.value ? 1 : 0;
      else if (node.type === "number" && !/^-?\d+$/.test(node.value)) value = roundHalfEven_(Number(node.value));
      else value = scanInteger_(node.value, 64);
      if (typeof value !== "number" || !(value >= min && value <= max)) throw notConverted(node, name, path);
      return value || 0;
    }
    if (node.type === "object" || node.type === "array") throw unexpected(node, path);
    switch (type) {
      case "Int32": {
        if (node.type === "boolean") throw unexpected(node, path);
        if (node.type === "number" && !/^-?\d+$/.test(node.value)) throw new JsonReaderException(`Input string '${node.value}' is not a valid integer. ${where(node, path)}`);
        const value = scanInteger_(node.value, 32);
        if (typeof value === "number") return value || 0;
        throw new JsonReaderException(node.type === "number"
          ? `JSON integer ${node.value} is too large or small for an Int32. ${where(node, path)}`
          : `Could not convert string to integer: ${node.value}. ${where(node, path)}`);
      }
      case "Double": {
        if (node.type === "boolean") throw unexpected(node, path);
        const value = node.type === "number" ? Number(node.value) : tryParseDouble_(node.value);
        if (value === null) throw new JsonReaderException(`Could not convert string to double: ${node.value}. ${where(node, path)}`);
        return value;
      }
      default: {
        if (node.type !== "string") return node.type === "boolean" ? node.value : Number(node.value) !== 0;
        const value = tryParseBoolean_(node.value);
        if (value === null) throw new JsonReaderException(`Could not convert string to boolean: ${node.value}. ${where(node, path)}`);
        return value;
      }
    }
  };
  /**
   * Newtonsoft's EnumUtils.ParseEnum: a member's whole name; else a number when the text starts with a digit or
   * sign; else names joined by commas, each matched exactly, then in any case, their values or'ed; else the whole
   * text as a name in any case. undefined when nothing matches.
   */
  const parseEnum = (text, members) => {
    if (Object.prototype.hasOwnProperty.call(members, text)) return members[text];
    const names = Object.keys(members);
    const inAnyCase = (name) => names.find((candidate) => candidate.toUpperCase() === name.toUpperCase());
    const whole = trim_(text);
    const number = /^[0-9+-]/.test(whole) ? scanInteger_(whole, 32) : "format";
    if (typeof number === "number") return number;
    if (number === "overflow" || whole === "") return undefined;
    let result = 0n;
    for (const part of text.split(",")) {
      const name = trim_(part);
      const member = names.find((candidate) => candidate === name) ?? inAnyCase(name);
      if (member === undefined) {
        const named = inAnyCase(text);
        return named === undefined ? undefined : members[named];
      }
      result |= BigInt(members[member]);
    }
    return Number(result);
  };
  const enumeration = (node, name, members, path) => {
    if (node.type === "null" || (node.type === "string" && node.value === "")) {
      if (name.startsWith("System.Nullable`1[")) return null;
      throw notConverted(node, name, path);
    }
    if (node.type === "object" || node.type === "array") throw wrongContainer(node, name, "primitive", path);
    const number = node.type === "number" ? scanInteger_(node.value, 32) : null;
    const value = typeof number === "number" ? number : node.type === "string" ? parseEnum(node.value, members) : undefined;
    if (value === undefined) throw notConverted(node, name, path);
    return value;
  };
  /** A dictionary's key from a property name, as Convert.ChangeType (invariant) or ParseEnum reads it; undefined when it cannot. */
  const dictionaryKey = (text, key) => {
    if (typeof key !== "string") return parseEnum(text, key[2]);
    if (key === "Char") return text.length === 1 ? text : undefined;
    if (key === "Boolean") return tryParseBoolean_(text) ?? undefined;
    const value = scanInteger_(text, key === "Int32" ? 32 : 64);
    const [min, max] = ranges[key] ?? [-2147483648, 2147483647];
    return typeof value === "number" && value >= min && value <= max ? value || 0 : undefined;
  };
  const keyed = (node, name, [key, value, create], path) => {
    const map = create();
    for (const [text, item, named] of node.value) {
      const converted = dictionaryKey(text, key);
      if (converted === undefined) {
        const keyName = typeof key === "string" ? `System.${key}` : key[1];
        throw new JsonSerializationException(`Could not convert string '${text}' to dictionary key type '${keyName}'. Create a TypeConverter to convert from the string to the key type object. ${where(named, jsonPath_(path, text))}`);
      }
      map.set(converted, convert(item, value, jsonPath_(path, text)));
    }
    return map;
  };
  const defaultOf = (shape) => {
    if (typeof shape !== "string") return shape[0] === "Enum" && !shape[1].startsWith("System.Nullable`1[") ? 0 : null;
    if (shape.endsWith("?") || shape === "String") return null;
    return shape === "Boolean" ? false : 0;
  };
  const convert = (node, shape, path) => {
    if (typeof shape === "string") return primitive(node, shape, path);
    const [kind, name, inner] = shape;
    if (kind === "Enum") return enumeration(node, name, inner, path);
    if (node.type === "null") return null;
    const expected = kind === "List" ? "array" : "object";
    if (node.type === "object" || node.type === "array") {
      if (node.type !== expected) throw wrongContainer(node, name, expected, path);
    } else {
      throw notConverted(node, name, path);
    }
    if (kind === "List") return node.value.map((item, i) => convert(item, inner, `${path}[${i}]`));
    if (kind === "Map") return keyed(node, name, inner, path);
    if (kind === "Dictionary") {
      const dictionary = Object.create(null);
      for (const [key, value] of node.value) dictionary[key] = convert(value, inner, jsonPath_(path, key));
      return dictionary;
    }
    const members = Object.keys(inner);
    const result = {};
    for (const member of members) result[member] = defaultOf(inner[member]);
    for (const [key, value] of node.value) {
      const upper = key.toUpperCase();
      const member = Object.prototype.hasOwnProperty.call(inner, key) ? key : members.find((candidate) => candidate.toUpperCase() === upper);
      if (member !== undefined) result[member] = convert(value, inner[member], jsonPath_(path, key));
    }
    return result;
  };
  return convert(readJson_(text), shape, "");
}
