// requires: formatDateTimePattern_
/**
 * A DateTime (milliseconds since the Unix epoch, UTC) as .NET formats it with the invariant culture. No format is
 * ToString()'s "G"; the standard formats d, D, f, F, g, G, M, O, R, s, t, T, u, U and Y are their invariant
 * patterns, and any other format is a custom pattern, read as .NET reads one: runs of d, M, y, h, H, m, s, f, F,
 * t and g, K, the separators : and /, 'quoted' and "quoted" text, \ escapes, % before a single specifier, and
 * every other character as itself (the compiler refuses the patterns .NET rejects, and z, the local offset). A
 * fraction of a millisecond shows as 100 ns ticks, as far as the double holds it. DateTime.MinValue and MaxValue
 * (also default(DateTime)) have Kind Unspecified in .NET, so their K (in "o") is empty; every other is UTC, "Z".
 * With offset, the value is a DateTimeOffset of offset +00:00 (the only one whose string the compiler lets be
 * formatted): K, z, zz and zzz give its offset, no format is "MM/dd/yyyy HH:mm:ss zzz" and "o" ends in "+00:00".
 * null gives "".
 */
function formatDateTime_(value, format, offset) {
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
  const parts = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    dayOfWeek: date.getUTCDay(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    fraction: date.getUTCMilliseconds() * 10000 + ticks,
    kind: offset ? "+00:00" : isMaxValue || value === -62135596800000 ? "" : "Z",
  };
  const standard = {
    d: "MM/dd/yyyy",
    D: "dddd, dd MMMM yyyy",
    f: "dddd, dd MMMM yyyy HH:mm",
    F: "dddd, dd MMMM yyyy HH:mm:ss",
    g: "MM/dd/yyyy HH:mm",
    G: "MM/dd/yyyy HH:mm:ss",
    m: "MMMM dd",
    M: "MMMM dd",
    o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    t: "HH:mm",
    T: "HH:mm:ss",
    u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    U: "dddd, dd MMMM yyyy HH:mm:ss",
    y: "yyyy MMMM",
    Y: "yyyy MMMM",
  };
  const none = offset ? "MM/dd/yyyy HH:mm:ss zzz" : standard.G;
  const pattern = format === null || format === undefined || format === "" ? none : format.length === 1 ? standard[format] : format;
  return formatDateTimePattern_(parts, pattern);
}
