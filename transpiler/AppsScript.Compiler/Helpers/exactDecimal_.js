/**
 * The exact decimal value of a finite non-negative double, as its significant digits (no leading or trailing
 * zeros; "" for zero) and the position of the decimal point: the value is 0.digits × 10^scale. .NET formats
 * numbers from these exact digits, where JavaScript's toFixed and toPrecision differ in rounding and range.
 */
function exactDecimal_(value) {
  if (value === 0) return { digits: "", scale: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const biasedExponent = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exponent = -1074;
  if (biasedExponent !== 0) {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  // The value is mantissa × 2^exponent; for exponent -k its decimal digits are mantissa × 5^k.
  const text = exponent >= 0 ? (mantissa << BigInt(exponent)).toString() : (mantissa * 5n ** BigInt(-exponent)).toString();
  const scale = exponent >= 0 ? text.length : text.length + exponent;
  return { digits: text.replace(/0+$/, ""), scale };
}
