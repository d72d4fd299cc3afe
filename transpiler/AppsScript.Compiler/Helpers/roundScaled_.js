// requires: ArgumentOutOfRangeException
/**
 * Math.Round(value, digits, mode) as .NET computes it: for |value| below 1e16, scale by 10^digits, round the
 * scaled value to an integer with roundInteger, and scale back, in the same double arithmetic; digits must be
 * from 0 to 15.
 */
function roundScaled_(value, digits, roundInteger) {
  if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("Rounding digits must be between 0 and 15, inclusive.", "digits");
  if (Math.abs(value) >= 1e16) return value;
  const power = 10 ** digits;
  return roundInteger(value * power) / power;
}
