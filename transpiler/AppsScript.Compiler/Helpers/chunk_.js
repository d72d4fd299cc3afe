// requires: ArgumentOutOfRangeException
/** Enumerable.Chunk: consecutive arrays of size elements, the last one possibly shorter. */
function chunk_(source, size) {
  if (size < 1) throw new ArgumentOutOfRangeException(null, "size");
  const chunks = [];
  for (let i = 0; i < source.length; i += size) chunks.push(source.slice(i, i + size));
  return chunks;
}
