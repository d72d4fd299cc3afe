/**
 * Math.Pow as .NET (IEEE 754) defines it where JavaScript's Math.pow differs: 1 to any power, NaN included,
 * is 1, and so is -1 to an infinite power; JavaScript gives NaN for both.
 */
function pow_(x, y) {
  if (x === 1 || (x === -1 && Math.abs(y) === Infinity)) return 1;
  return Math.pow(x, y);
}
