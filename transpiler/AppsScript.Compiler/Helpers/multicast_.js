/**
 * A delegate of several handlers, as .NET's multicast delegates are: each is called in turn with the same
 * arguments and the last one's result is returned; an exception stops the rest. Its list never changes, so
 * handlers removed during a call are still called by it.
 */
function multicast_(handlers) {
  const invoke = (...args) => {
    let result;
    for (const handler of handlers) result = handler(...args);
    return result;
  };
  invoke.handlers_ = handlers;
  return invoke;
}
