/** Delegate.GetInvocationList: the handlers of a delegate made by combining others, else the delegate itself. */
function invocationList_(handler) {
  return handler.handlers_ ?? [handler];
}
