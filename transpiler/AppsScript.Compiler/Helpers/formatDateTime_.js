/**
 * A DateTime (milliseconds since the Unix epoch, UTC) as .NET formats it with the invariant culture. No format
 * is ToString()'s "MM/dd/yyyy HH:mm:ss"; "o" and "O" the round trip "yyyy-MM-ddTHH:mm:ss.fffffffZ"; "s"
 * "yyyy-MM-ddTHH:mm:ss"; "u" "yyyy-MM-dd HH:mm:ssZ"; any other format is a custom pattern of yyyy, MM, dd,
 * HH, mm, ss, fff, 'quoted' and other literal characters, the patterns the compiler accepts. A fraction of a
 * millisecond shows as 100 ns ticks, as far as the double holds it. DateTime.MinValue and MaxValue (also
 * default(DateTime)) have Kind Unspecified in .NET, so their "o" has no Z. null gives "".
 */
function formatDateTime_(value, format) {
  if (value === null || value === undefined) return "";
  // DateTime.MaxValue is one tick before the year 10000, closer than a double can hold there: the largest
  // double below stands for it.
  const isMaxValue = value === 253402300799999.97;
  let whole = Math.floor(value);
  let ticks = isMaxValue ? 9999 : Math.round((value - whole) * 10000);
  if (ticks === 10000) {
    whole += 1;
    ticks = 0;
  }
  const date = new Date(whole);
  const pad = (number, width) => String(number).padStart(width, "0");
  const yyyy = pad(date.getUTCFullYear(), 4);
  const MM = pad(date.getUTCMonth() + 1, 2);
  const dd = pad(date.getUTCDate(), 2);
  const HH = pad(date.getUTCHours(), 2);
  const mm = pad(date.getUTCMinutes(), 2);
  const ss = pad(date.getUTCSeconds(), 2);
  const fff = pad(date.getUTCMilliseconds(), 3);
  switch (format) {
    case null:
    case undefined:
      return `${MM}/${dd}/${yyyy} ${HH}:${mm}:${ss}`;
    case "o":
    case "O": {
      const zone = isMaxValue || value === -62135596800000 ? "" : "Z";
      return `${yyyy}-${MM}-${dd}T${HH}:${mm}:${ss}.${pad(date.getUTCMilliseconds() * 10000 + ticks, 7)}${zone}`;
    }
    case "s":
      return `${yyyy}-${MM}-${dd}T${HH}:${mm}:${ss}`;
    case "u":
      return `${yyyy}-${MM}-${dd} ${HH}:${mm}:${ss}Z`;
    default: {
      const parts = { yyyy, MM, dd, HH, mm, ss, fff };
      return format.replace(/yyyy|MM|dd|HH|mm|ss|fff|'([^']*)'/g, (token, literal) => literal ?? parts[token]);
    }
  }
}
