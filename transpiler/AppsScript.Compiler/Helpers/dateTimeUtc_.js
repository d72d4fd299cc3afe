// requires: ArgumentOutOfRangeException, daysInMonth_
/**
 * new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc) as milliseconds since the
 * Unix epoch. .NET rejects a date or time that does not exist, where Date.UTC would roll it over into the next
 * month or day, and reads years 1 to 99 as such, where Date.UTC adds 1900.
 */
function dateTimeUtc_(year, month, day, hour, minute, second, millisecond) {
  if (millisecond < 0 || millisecond >= 1000) {
    throw new ArgumentOutOfRangeException("Valid values are between 0 and 999, inclusive.", "millisecond");
  }
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth_(year, month)) {
    throw new ArgumentOutOfRangeException("Year, Month, and Day parameters describe an un-representable DateTime.");
  }
  if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60) {
    throw new ArgumentOutOfRangeException("Hour, Minute, and Second parameters describe an un-representable DateTime.");
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}
