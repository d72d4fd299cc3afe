// requires: exactDecimal_, formatDouble_
/**
 * A number's ToString(format) as .NET writes it with the invariant culture: the standard formats F, N, P, E
 * and G with an optional precision, and for integers D and X with an optional width. integerBits is the size
 * of an integer type (32 for int) and is left out for a double. The digits are the exact decimal value,
 * rounded as .NET rounds: a double's exact midpoint to the even digit, an integer's away from zero; a
 * negative double keeps its sign when it rounds to zero ("-0.00").
 */
function formatNumber_(value, format, integerBits) {
  if (value === null || value === undefined) return "";
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  const letter = format[0];
  const kind = letter.toUpperCase();
  const precision = format.length > 1 ? Number(format.slice(1)) : -1;
  const isInteger = integerBits !== undefined;
  const sign = value < 0 || (!isInteger && Object.is(value, -0)) ? "-" : "";
  if (kind === "X") {
    const hex = BigInt.asUintN(integerBits, BigInt(value)).toString(16).padStart(precision, "0");
    return letter === "X" ? hex.toUpperCase() : hex;
  }
  if (kind === "D") return sign + String(Math.abs(value)).padStart(precision, "0");
  if (kind === "G" && precision <= 0) {
    if (isInteger) return String(value);
    const text = formatDouble_(value);
    return letter === "g" ? text.replace("E", "e") : text;
  }
  const exact = exactDecimal_(Math.abs(value));

  /** The exact digits rounded to `count` significant digits (none kept when count <= 0). */
  function rounded(count) {
    const { digits, scale } = exact;
    if (count >= digits.length) return exact;
    if (count < 0) return { digits: "", scale };
    const next = digits.charCodeAt(count) - 48;
    const last = count > 0 ? digits.charCodeAt(count - 1) - 48 : 0;
    const exactHalf = next === 5 && digits.length === count + 1;
    const up = next > 5 || (next === 5 && (isInteger || !exactHalf || last % 2 === 1));
    let kept = digits.slice(0, count);
    if (!up) return { digits: kept.replace(/0+$/, ""), scale };
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === "9") i--;
    if (i < 0) return { digits: "1", scale: scale + 1 };
    kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    return { digits: kept, scale };
  }

  /** Fixed notation with `decimals` digits after the point, grouped by thousands when asked. */
  function fixed(number, decimals, grouped) {
    const { digits, scale } = number;
    let whole = digits && scale > 0 ? digits.slice(0, scale).padEnd(scale, "0") : "0";
    if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    const fraction = (!digits || scale >= 0 ? digits.slice(scale) : "0".repeat(-scale) + digits).padEnd(decimals, "0");
    return decimals > 0 ? `${whole}.${fraction}` : whole;
  }

  /** Scientific notation: d.ddd, the exponent letter, its sign, and at least `exponentDigits` digits. */
  function scientific(number, decimals, exponentLetter, exponentDigits) {
    const digits = number.digits || "0";
    const exponent = number.digits ? number.scale - 1 : 0;
    const fraction = digits.slice(1).padEnd(decimals, "0");
    const mantissa = decimals > 0 ? `${digits[0]}.${fraction}` : digits[0];
    const exponentText = String(Math.abs(exponent)).padStart(exponentDigits, "0");
    return `${mantissa}${exponentLetter}${exponent < 0 ? "-" : "+"}${exponentText}`;
  }

  switch (kind) {
    case "F":
    case "N": {
      const decimals = precision < 0 ? 2 : precision;
      return sign + fixed(rounded(exact.scale + decimals), decimals, kind === "N");
    }
    case "P": {
      const decimals = precision < 0 ? 2 : precision;
      const number = rounded(exact.scale + 2 + decimals);
      return `${sign}${fixed({ digits: number.digits, scale: number.scale + 2 }, decimals, true)} %`;
    }
    case "E": {
      const decimals = precision < 0 ? 6 : precision;
      return sign + scientific(rounded(decimals + 1), decimals, letter === "e" ? "e" : "E", 3);
    }
    default: {
      const number = rounded(precision);
      if (number.digits && (number.scale > precision || number.scale < -3)) {
        return sign + scientific(number, number.digits.length - 1, letter === "g" ? "e" : "E", 2);
      }
      return sign + fixed(number, Math.max(0, number.digits.length - number.scale), false);
    }
  }
}
