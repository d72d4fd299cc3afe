// requires: invocationList_, multicast_, sameDelegate_
/**
 * Delegate.Remove (- and -= of delegates and events): the source without the last run of handlers equal to the
 * value's; the source itself when there is none, null when nothing is left.
 */
function removeDelegate_(source, value) {
  if (source == null || value == null) return source;
  const handlers = invocationList_(source);
  const removed = invocationList_(value);
  for (let start = handlers.length - removed.length; start >= 0; start--) {
    if (removed.every((handler, i) => sameDelegate_(handlers[start + i], handler))) {
      const rest = handlers.slice(0, start).concat(handlers.slice(start + removed.length));
      return rest.length === 0 ? null : rest.length === 1 ? rest[0] : multicast_(rest);
    }
  }
  return source;
}
