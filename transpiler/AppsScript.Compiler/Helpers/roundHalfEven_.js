// requires: roundScaled_
/**
 * Math.Round with MidpointRounding.ToEven, .NET's default: to `digits` decimals (see roundScaled_), a value
 * exactly halfway to the even neighbour; the sign of a zero result is kept (Math.Round(-0.4) is -0).
 */
function roundHalfEven_(value, digits = 0) {
  return roundScaled_(value, digits, (scaled) => {
    const floor = Math.floor(scaled);
    const fraction = scaled - floor;
    const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
    return rounded === 0 && (scaled < 0 || Object.is(scaled, -0)) ? -0 : rounded;
  });
}
