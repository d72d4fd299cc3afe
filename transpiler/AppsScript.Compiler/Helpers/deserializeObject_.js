// requires: ArgumentNullException
/**
 * JsonConvert.DeserializeObject<T>: JSON.parse with Newtonsoft's answers to null text (ArgumentNullException)
 * and blank text (null), and, given the shape of T, plain data rebuilt as Newtonsoft builds it: exactly its
 * declared members, in declaration order. A key sets the member of that name, else the first member whose
 * name matches ignoring case (the last such key wins); other keys are dropped and members without a key are
 * null. The shape says what to rebuild: null keeps the value as parsed; { key: shape, ... } is plain data;
 * [shape] a list or array of elements of that shape; ["Dictionary", shape] a dictionary of such values.
 */
function deserializeObject_(text, shape) {
  if (text === null || text === undefined) throw new ArgumentNullException(null, "value");
  if (text.trim() === "") return null;
  const rebuild = (value, shape) => {
    if (shape === null || value === null || typeof value !== "object") return value;
    if (Array.isArray(shape)) {
      if (shape.length === 1) return Array.isArray(value) ? value.map((element) => rebuild(element, shape[0])) : value;
      for (const key of Object.keys(value)) value[key] = rebuild(value[key], shape[1]);
      return value;
    }
    if (Array.isArray(value)) return value;
    const members = Object.keys(shape);
    const result = {};
    for (const member of members) result[member] = null;
    for (const [key, memberValue] of Object.entries(value)) {
      const upper = key.toUpperCase();
      const member = Object.prototype.hasOwnProperty.call(shape, key) ? key : members.find((candidate) => candidate.toUpperCase() === upper);
      if (member !== undefined) result[member] = rebuild(memberValue, shape[member]);
    }
    return result;
  };
  return rebuild(JSON.parse(text), shape ?? null);
}
