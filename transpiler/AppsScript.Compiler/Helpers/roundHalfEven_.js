/** Math.Round as .NET computes it: to the given number of decimals, a midpoint to the even neighbour. */
function roundHalfEven_(value, digits) {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e16) return value;
  const scale = 10 ** digits;
  const scaled = value * scale;
  if (scaled === Math.trunc(scaled)) return value;
  let rounded = Math.floor(scaled + 0.5);
  if (scaled === Math.floor(scaled) + 0.5 && rounded % 2 !== 0) rounded -= 1;
  return rounded / scale;
}
