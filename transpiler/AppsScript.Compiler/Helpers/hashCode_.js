/**
 * GetHashCode of a value .NET compares by its members: a 32-bit hash of its key, so that equal values hash
 * alike (the numbers themselves differ from .NET's, which are randomised per process anyway).
 */
function hashCode_(key) {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash;
}
