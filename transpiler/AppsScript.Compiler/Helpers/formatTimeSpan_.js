/**
 * A TimeSpan (a number of milliseconds) as .NET formats it with the invariant culture. No format, "c", "t" and "T"
 * are the constant format, [-][d.]hh:mm:ss[.fffffff] ("1.02:03:04.5000000"); "g" is [-][d:]h:mm:ss[.FFFFFFF] and
 * "G" [-]d:hh:mm:ss.fffffff; any other format is a custom pattern of runs of d, h, m, s, f and F, 'quoted' and
 * "quoted" text, \ escapes and % before a single specifier, which shows the span's magnitude, without its sign
 * (the compiler refuses the patterns .NET rejects). Fractions are in 100 ns ticks. null gives "".
 */
function formatTimeSpan_(value, format) {
  if (value === null || value === undefined) return "";
  const magnitude = Math.abs(value);
  let whole = Math.floor(magnitude);
  let ticks = Math.round((magnitude - whole) * 10000);
  if (ticks === 10000) {
    whole += 1;
    ticks = 0;
  }
  const digits = (number, width) => String(number).padStart(width, "0");
  const sign = value < 0 && (whole > 0 || ticks > 0) ? "-" : "";
  const days = Math.floor(whole / 86400000);
  const hours = Math.floor(whole / 3600000) % 24;
  const minutes = Math.floor(whole / 60000) % 60;
  const seconds = Math.floor(whole / 1000) % 60;
  const fraction = (whole % 1000) * 10000 + ticks;
  const time = `${digits(minutes, 2)}:${digits(seconds, 2)}`;
  switch (format ?? "c") {
    case "c":
    case "t":
    case "T":
      return `${sign}${days > 0 ? `${days}.` : ""}${digits(hours, 2)}:${time}${fraction > 0 ? `.${digits(fraction, 7)}` : ""}`;
    case "g":
      return `${sign}${days > 0 ? `${days}:` : ""}${hours}:${time}${fraction > 0 ? `.${digits(fraction, 7).replace(/0+$/, "")}` : ""}`;
    case "G":
      return `${sign}${days}:${digits(hours, 2)}:${time}.${digits(fraction, 7)}`;
  }
  let result = "";
  for (let i = 0; i < format.length; ) {
    let ch = format[i];
    let length = 1;
    if (ch === "%") {
      ch = format[i + 1];
      length = 2;
    } else if (ch === "\\") {
      result += format[i + 1];
      i += 2;
      continue;
    } else if (ch === "'" || ch === '"') {
      let end = i + 1;
      while (format[end] !== ch) {
        if (format[end] === "\\") end++;
        result += format[end];
        end++;
      }
      i = end + 1;
      continue;
    } else {
      while (format[i + length] === ch) length++;
    }
    const width = format[i] === "%" ? 1 : length;
    switch (ch) {
      case "d":
        result += digits(days, width);
        break;
      case "h":
        result += digits(hours, width);
        break;
      case "m":
        result += digits(minutes, width);
        break;
      case "s":
        result += digits(seconds, width);
        break;
      case "f":
        result += digits(Math.floor(fraction / 10 ** (7 - width)), width);
        break;
      case "F":
        result += digits(Math.floor(fraction / 10 ** (7 - width)), width).replace(/0+$/, "");
        break;
    }
    i += length;
  }
  return result;
}
