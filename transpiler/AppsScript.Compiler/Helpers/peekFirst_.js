// requires: InvalidOperationException
/** Queue.Peek and Stack.Peek: both keep the element they give next first. */
function peekFirst_(items, emptyMessage) {
  if (items.length === 0) throw new InvalidOperationException(emptyMessage);
  return items[0];
}
