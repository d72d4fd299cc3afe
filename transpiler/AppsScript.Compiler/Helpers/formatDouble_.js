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
  // Fixed notation from the same shortest digits, placed by hand: String() would do it too, but Jint writes an
  // integral double above 2^53 with all its exact digits (40000000000000008 for 4.000000000000001E+16).
  const sign = value < 0 ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return sign + digits + "0".repeat(exponent + 1 - digits.length);
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
