/**
 * An iterator method's IEnumerable: each enumeration starts the generator again, with `this` and the arguments
 * of the call, as each GetEnumerator of a .NET iterator runs its body from the start.
 */
function iterable_(generator, self, ...args) {
  return { [Symbol.iterator]: () => generator.apply(self, args) };
}
