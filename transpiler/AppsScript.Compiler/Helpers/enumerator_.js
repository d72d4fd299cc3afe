/**
 * GetEnumerator of a sequence: the program's own enumerator for a class of the program, else a .NET enumerator
 * over the JavaScript iterator (an array's, a set's, an iterator method's generator), whose Dispose ends a
 * generator as .NET's runs an iterator's finally blocks.
 */
function enumerator_(sequence) {
  const iterator = sequence[Symbol.iterator]();
  if (iterator.enumerator_ !== undefined) return iterator.enumerator_;
  let current;
  return {
    moveNext() {
      const step = iterator.next();
      current = step.value;
      return !step.done;
    },
    get current() {
      return current;
    },
    dispose() {
      iterator.return?.();
    },
  };
}
