// requires: roundScaled_
/**
 * Math.Round with MidpointRounding.AwayFromZero: to `digits` decimals (see roundScaled_), a value exactly
 * halfway away from zero; the sign of a zero result is kept.
 */
function roundAwayFromZero_(value, digits = 0) {
  return roundScaled_(value, digits, (scaled) => {
    const whole = Math.trunc(scaled);
    return Math.abs(scaled - whole) >= 0.5 ? whole + Math.sign(scaled) : whole;
  });
}
