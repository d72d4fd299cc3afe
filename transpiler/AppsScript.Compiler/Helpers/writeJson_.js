// requires: formatDouble_, skipNullMembers_
/**
 * JsonConvert.SerializeObject of data that holds doubles. JSON.stringify writes the double 1 as 1, where
 * Newtonsoft writes 1.0 (and -0.0, 1E+20, and "NaN", "Infinity", "-Infinity" as strings), and a number alone
 * does not say it is a double; the compiler does, so `doubles` marks where they are: "Double", ["List", inner],
 * ["Dictionary", inner], or { key: inner } for an object, listing only what holds doubles. Whatever holds none
 * is written by JSON.stringify, indented to its depth. Newtonsoft's indentation is JSON.stringify's: two spaces.
 */
function writeJson_(value, doubles, indented, ignoreNulls) {
  const newline = (depth) => (indented ? "\n" + "  ".repeat(depth) : "");
  const separator = indented ? ": " : ":";
  const container = (open, items, close, depth) =>
    items.length === 0 ? open + close : open + items.map((item) => newline(depth + 1) + item).join(",") + newline(depth) + close;
  const members = (object, inner, depth) =>
    Object.keys(object)
      .filter((key) => !(ignoreNulls && object[key] === null))
      .map((key) => JSON.stringify(key) + separator + write(object[key], inner(key), depth + 1));
  const write = (value, doubles, depth) => {
    if (value === null || value === undefined) return "null";
    if (doubles === undefined) {
      const text = JSON.stringify(value, ignoreNulls ? skipNullMembers_ : null, indented ? 2 : undefined);
      return indented ? text.replace(/\n/g, newline(depth)) : text;
    }
    if (doubles === "Double") {
      const text = formatDouble_(value);
      if (!Number.isFinite(value)) return `"${text}"`;
      return /[.E]/.test(text) ? text : text + ".0";
    }
    if (Array.isArray(doubles) && doubles[0] === "List") {
      return container("[", value.map((element) => write(element, doubles[1], depth + 1)), "]", depth);
    }
    const inner = Array.isArray(doubles) ? () => doubles[1] : (key) => (Object.prototype.hasOwnProperty.call(doubles, key) ? doubles[key] : undefined);
    // A dictionary of keys that are not strings (a KeyedMap_) is written as the object its toJSON gives.
    const object = Array.isArray(doubles) && typeof value.toJSON === "function" ? value.toJSON() : value;
    return container("{", members(object, inner, depth), "}", depth);
  };
  return write(value, doubles, 0);
}
