/**
 * What a ref, out or in parameter receives: reading and writing its value reads and writes the caller's
 * variable, field or array element itself, as .NET passes by reference.
 */
function ref_(get, set) {
  return {
    get value() {
      return get();
    },
    set value(value) {
      set(value);
    },
  };
}
