// requires: exactDecimal_
/**
 * A number's ToString with a custom format of digit placeholders, as .NET writes it with the invariant
 * culture: "0" a digit always written, "#" a digit written when significant, "," in the integer part for
 * thousands groups, one "." and a final "%" (the value times 100). .NET first rounds a double to 15
 * significant digits, then rounds at the last placeholder away from zero ("0.00" makes 0.125 "0.13", where
 * "F2" makes "0.12"); an integer keeps all its digits. A negative value keeps its sign when it rounds to zero, unless nothing is written.
 */
function formatCustomNumber_(value, format, isInteger) {
  if (value === null || value === undefined) return "";
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  const percent = format.endsWith("%");
  const pattern = percent ? format.slice(0, -1) : format;
  const point = pattern.indexOf(".");
  const integerPattern = point < 0 ? pattern : pattern.slice(0, point);
  const fractionPattern = point < 0 ? "" : pattern.slice(point + 1);
  const minIntegerDigits = integerPattern.split("0").length - 1;
  const minDecimals = fractionPattern.split("0").length - 1;
  const maxDecimals = fractionPattern.length;

  /** Keeps `count` significant digits of d, rounding up from a 5 or, if halfEven, an exact half to the even digit. */
  function round(d, count, halfEven) {
    if (count >= d.digits.length) return d;
    if (count < 0) return { digits: "", scale: d.scale };
    const next = d.digits.charCodeAt(count) - 48;
    const previous = count > 0 ? d.digits.charCodeAt(count - 1) - 48 : 0;
    const up = next > 5 || (next === 5 && (!halfEven || d.digits.length > count + 1 || previous % 2 === 1));
    let kept = d.digits.slice(0, count);
    if (up) {
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === "9") i--;
      if (i < 0) return { digits: "1", scale: d.scale + 1 };
      kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    }
    return { digits: kept.replace(/0+$/, ""), scale: d.scale };
  }

  let number = exactDecimal_(Math.abs(value));
  if (!isInteger) number = round(number, 15, true);
  if (percent) number = { digits: number.digits, scale: number.scale + 2 };
  number = round(number, number.scale + maxDecimals, false);
  const { digits, scale } = number;
  let whole = digits && scale > 0 ? digits.slice(0, scale).padEnd(scale, "0") : "";
  whole = whole.padStart(minIntegerDigits, "0");
  if (integerPattern.includes(",")) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let fraction = digits && scale < digits.length ? (scale >= 0 ? digits.slice(scale) : "0".repeat(-scale) + digits) : "";
  fraction = fraction.padEnd(minDecimals, "0");
  const text = `${whole}${fraction ? "." + fraction : ""}${percent ? "%" : ""}`;
  const negative = value < 0 || (!isInteger && Object.is(value, -0));
  return negative && text ? `-${text}` : text;
}
