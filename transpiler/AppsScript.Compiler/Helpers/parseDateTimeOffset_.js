// requires: ArgumentNullException, FormatException, NotSupportedException, daysInMonth_
/**
 * DateTimeOffset.Parse and TryParse of ISO 8601 text ("2026-11-23T10:00:00Z", "2026-11-23 10:00:00.5+02:00",
 * "2026-11-23"), as milliseconds since the Unix epoch, UTC; .NET's FormatException when the text is not a valid
 * date and time, or null instead when orNull (TryParse). Text without Z or an offset is local time in .NET, a
 * time zone Apps Script does not share: it is UTC with assumeUniversal (DateTimeStyles.AssumeUniversal), and
 * without it a NotSupportedException rather than a different instant. .NET also reads layouts other than ISO
 * 8601 ("1/2/2026", "Jan 1 2026"); those are FormatExceptions here.
 */
function parseDateTimeOffset_(text, assumeUniversal, orNull) {
  if (text === null || text === undefined) {
    if (orNull) return null;
    throw new ArgumentNullException(null, "input");
  }
  const fail = (message) => {
    if (orNull) return null;
    throw new FormatException(message);
  };
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?\s*$/.exec(text);
  if (match === null) return fail(`String '${text}' was not recognized as a valid DateTime.`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const [fraction, utc, sign, offsetHours, offsetMinutes] = match.slice(7);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth_(year, month) || hour > 23 || minute > 59 || second > 59) {
    return fail(`The DateTime represented by the string '${text}' is not supported in calendar 'System.Globalization.GregorianCalendar'.`);
  }
  let offset = 0;
  if (sign !== undefined) {
    if (Number(offsetMinutes ?? 0) > 59) return fail(`String '${text}' was not recognized as a valid DateTime.`);
    offset = (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * (sign === "-" ? -60000 : 60000);
    if (Math.abs(offset) > 14 * 3600000) return fail(`The time zone offset of string '${text}' must be within plus or minus 14 hours.`);
  } else if (utc === undefined && !assumeUniversal) {
    throw new NotSupportedException(
      `'${text}' has no UTC offset, so .NET would read it in the machine's time zone, which Apps Script does not share: ` +
        "parse it with DateTimeStyles.AssumeUniversal, or give the text a Z or an offset.");
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  // .NET keeps seven fractional digits, rounding the rest.
  const ticks = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 10000000);
  const value = date.getTime() + ticks / 10000 - offset;
  if (value < -62135596800000 || value >= 253402300800000) {
    return fail(`The UTC representation of the date '${text}' falls outside the year range 1-9999.`);
  }
  return value;
}
