/** Exception.GetBaseException(): the innermost exception of the chain of inner exceptions. */
function baseException_(error) {
  let current = error;
  while (current.innerException !== null && current.innerException !== undefined) current = current.innerException;
  return current;
}
