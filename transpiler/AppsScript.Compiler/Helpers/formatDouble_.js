/**
 * A double as .NET's ToString() writes it: the shortest round-trip digits, in fixed notation when the
 * decimal exponent is from -4 to 14 and as 1.5E+15 or 1E-05 otherwise; "-0" for negative zero; "" for null.
 */
function formatDouble_(value) {
  if (value === null || value === undefined) return "";
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent >= 15 || exponent < -4) {
    const digits = String(Math.abs(exponent)).padStart(2, "0");
    return `${mantissa}E${exponent < 0 ? "-" : "+"}${digits}`;
  }
  return String(value);
}
