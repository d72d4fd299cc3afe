/** Delegate equality of single handlers: the same function, or two delegates of one method on one target. */
function sameDelegate_(a, b) {
  return a === b || (a.method_ !== undefined && a.method_ === b.method_ && a.target_ === b.target_);
}
