// requires: JsonReaderException, JsonSerializationException, jsonPath_
/**
 * Reads JSON text as Newtonsoft's JsonTextReader does, leniently (single-quoted strings, unquoted property names,
 * comments, trailing commas, leading zeros), into nodes that keep what JSON.parse loses: a number's text, and the
 * line and positions Newtonsoft's error messages give. A node is { type, value, line, start, end }: type "object"
 * (value the [key, node, named] entries, in order, where named is the { line, end } just after the key's colon,
 * where Newtonsoft's reader stands when it reports a key it cannot convert), "array" (value the nodes), "string",
 * "number" (value its text), "boolean" or "null"; start is the position of its first character, end the position
 * after it, and a container's inside is the position after its first token.
 * A position counts characters from the start of the line, as Newtonsoft's LinePosition does.
 */
function readJson_(text) {
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const position = () => index - lineStart;
  const at = (path) => `Path '${path}', line ${line}, position ${position()}.`;
  const readerError = (message, path) => new JsonReaderException(`${message} ${at(path)}`);
  const endOf = (container, path) => new JsonSerializationException(`Unexpected end when deserializing ${container}. ${at(path)}`);
  const newLine = () => {
    line++;
    lineStart = index;
  };
  const skip = () => {
    while (index < text.length) {
      const c = text[index];
      if (c === "\n") {
        index++;
        newLine();
      } else if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || c === "\ufeff") {
        index++;
      } else if (c === "/" && text[index + 1] === "/") {
        while (index < text.length && text[index] !== "\n") index++;
      } else if (c === "/" && text[index + 1] === "*") {
        index += 2;
        while (index < text.length && !(text[index] === "*" && text[index + 1] === "/")) {
          if (text[index++] === "\n") newLine();
        }
        index += 2;
      } else {
        return;
      }
    }
  };
  const node = (type, value, nodeLine, start) => ({ type, value, line: nodeLine, start, end: position() });
  const string = (path) => {
    const quote = text[index++];
    let result = "";
    for (;;) {
      if (index >= text.length) throw readerError(`Unterminated string. Expected delimiter: ${quote}.`, path);
      const c = text[index++];
      if (c === quote) return result;
      if (c === "\n") newLine();
      if (c !== "\\") {
        result += c;
        continue;
      }
      const escape = text[index++];
      const simple = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", "/": "/", "\\": "\\", '"': '"', "'": "'" }[escape];
      if (simple !== undefined) {
        result += simple;
      } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(index, index + 4))) {
        result += String.fromCharCode(parseInt(text.slice(index, index + 4), 16));
        index += 4;
      } else {
        throw readerError(`Bad JSON escape sequence: \\${escape ?? ""}.`, path);
      }
    }
  };
  const value = (path, container) => {
    skip();
    if (index >= text.length) throw container === null ? readerError("Unexpected end when reading JSON.", path) : endOf(container, path);
    const c = text[index];
    const valueLine = line;
    const start = position();
    if (c === "{") return object(path, valueLine, start);
    if (c === "[") return array(path, valueLine, start);
    if (c === '"' || c === "'") return node("string", string(path), valueLine, start);
    const literal = /^(?:-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity)/.exec(text.slice(index));
    if (literal === null) {
      index++;
      throw readerError(`Unexpected character encountered while parsing value: ${c}.`, path);
    }
    index += literal[0].length;
    const word = literal[0];
    if (word === "true" || word === "false") return node("boolean", word === "true", valueLine, start);
    if (word === "null") return node("null", null, valueLine, start);
    return node("number", word, valueLine, start);
  };
  const object = (path, valueLine, start) => {
    index++;
    const entries = [];
    let inside = null;
    let last = path;
    for (;;) {
      skip();
      if (index >= text.length) throw endOf("object", last);
      if (text[index] === "}") {
        index++;
        const result = node("object", entries, valueLine, start);
        result.inside = inside ?? position();
        return result;
      }
      let key;
      if (text[index] === '"' || text[index] === "'") {
        key = string(path);
      } else {
        const name = /^[A-Za-z0-9_$]+/.exec(text.slice(index));
        if (name === null) {
          index++;
          throw readerError(`Invalid property identifier character: ${text[index - 1]}.`, path);
        }
        key = name[0];
        index += key.length;
      }
      if (inside === null) inside = position();
      const keyPath = jsonPath_(path, key);
      last = keyPath;
      skip();
      if (index >= text.length) throw endOf("object", keyPath);
      if (text[index] !== ":") {
        index++;
        throw readerError(`Invalid character after parsing property name. Expected ':' but got: ${text[index - 1]}.`, path);
      }
      index++;
      const named = { line, end: position() };
      entries.push([key, value(keyPath, "object"), named]);
      skip();
      if (text[index] === ",") {
        index++;
      } else if (index < text.length && text[index] !== "}") {
        index++;
        throw readerError(`After parsing a value an unexpected character was encountered: ${text[index - 1]}.`, keyPath);
      }
    }
  };
  const array = (path, valueLine, start) => {
    index++;
    const inside = position();
    const items = [];
    for (;;) {
      skip();
      if (index >= text.length) throw endOf("array", items.length === 0 ? path : `${path}[${items.length - 1}]`);
      if (text[index] === "]") {
        index++;
        const result = node("array", items, valueLine, start);
        result.inside = inside;
        return result;
      }
      items.push(value(`${path}[${items.length}]`, "array"));
      skip();
      if (text[index] === ",") {
        index++;
      } else if (index < text.length && text[index] !== "]") {
        index++;
        throw readerError(`After parsing a value an unexpected character was encountered: ${text[index - 1]}.`, `${path}[${items.length - 1}]`);
      }
    }
  };
  const root = value("", null);
  skip();
  if (index < text.length) throw new JsonReaderException(`Additional text encountered after finished reading JSON content: ${text[index]}. ${at("")}`);
  return root;
}
