// requires: InvalidOperationException
/** Queue.Dequeue and Stack.Pop: both keep the element they give next first. */
function takeFirst_(items, emptyMessage) {
  if (items.length === 0) throw new InvalidOperationException(emptyMessage);
  return items.shift();
}
