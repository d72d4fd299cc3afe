/** Enumerable.Average: the mean of the values that are not null, as a double; null when there is none. */
function average_(values) {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value == null) continue;
    sum += value;
    count++;
  }
  return count === 0 ? null : sum / count;
}
