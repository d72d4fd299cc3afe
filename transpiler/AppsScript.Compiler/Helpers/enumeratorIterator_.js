/**
 * A JavaScript iterator over a .NET enumerator (moveNext(), current, dispose()), disposing of it once, as .NET's
 * foreach does: when MoveNext says the end, when MoveNext or Current throws, and when the loop is left early
 * (return()). Each step reads Current only when its value is read, as .NET's Count, Skip and ElementAt step past
 * elements without reading it. It keeps the enumerator for GetEnumerator, which hands out the program's own object.
 */
function enumeratorIterator_(enumerator) {
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    enumerator.dispose();
  };
  const failed = (error) => {
    dispose();
    throw error;
  };
  return {
    enumerator_: enumerator,
    next() {
      let more;
      try {
        more = enumerator.moveNext();
      } catch (error) {
        failed(error);
      }
      if (!more) {
        dispose();
        return { value: undefined, done: true };
      }
      return {
        done: false,
        get value() {
          try {
            return enumerator.current;
          } catch (error) {
            return failed(error);
          }
        },
      };
    },
    return() {
      dispose();
      return { value: undefined, done: true };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
