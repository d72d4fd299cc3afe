// requires: invocationList_, multicast_
/** Delegate.Combine (+ and += of delegates and events): the handlers of a, then those of b; null with neither. */
function combineDelegates_(a, b) {
  if (a == null) return b;
  if (b == null) return a;
  return multicast_(invocationList_(a).concat(invocationList_(b)));
}
