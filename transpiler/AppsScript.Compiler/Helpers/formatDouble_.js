/**
 * A double as .NET's ToString() writes it: the shortest digits that read back as the same double, in fixed
 * notation for decimal exponents from -4 to 16 and as 1.5E+17 or 1E-05 otherwise; "-0" for negative zero;
 * "" for null (a null double? in a string).
 */
function formatDouble_(value) {
  if (value === null || value === undefined) return "";
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent > 16 || exponent < -4) {
    const digits = String(Math.abs(exponent)).padStart(2, "0");
    return `${mantissa}E${exponent < 0 ? "-" : "+"}${digits}`;
  }
  return String(value);
}
