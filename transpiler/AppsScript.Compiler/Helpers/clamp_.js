// requires: ArgumentException
/** Math.Clamp: throws when min exceeds max, and returns the value itself (NaN, -0) when it lies within. */
function clamp_(value, min, max) {
  if (min > max) throw new ArgumentException(`'${min}' cannot be greater than ${max}.`);
  if (value < min) return min;
  if (value > max) return max;
  return value;
}
