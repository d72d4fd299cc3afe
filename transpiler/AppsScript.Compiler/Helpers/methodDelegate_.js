/**
 * A delegate of a method group, marked with its method and target, since .NET's delegates of one method on one
 * object are equal (so that -= obj.Handle removes what += obj.Handle added) where two JavaScript arrows are not.
 */
function methodDelegate_(handler, method, target) {
  handler.method_ = method;
  handler.target_ = target;
  return handler;
}
