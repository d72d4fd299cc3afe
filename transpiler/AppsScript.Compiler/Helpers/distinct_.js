/** Enumerable.Distinct and Union of doubles: the first of equal elements, in order, as it is (a Set keeps -0 as 0). */
function distinct_(items) {
  const seen = new Set();
  return items.filter((item) => !seen.has(item) && seen.add(item));
}
