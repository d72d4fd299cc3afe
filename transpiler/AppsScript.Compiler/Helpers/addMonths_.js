// requires: daysInMonth_
/**
 * DateTime.AddMonths (and AddYears, as 12 months a year): the same day and time of day some months later, the
 * day cut to the length of the month as .NET does (January 31 plus one month is February 28 or 29).
 */
function addMonths_(value, months) {
  const date = new Date(value);
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  date.setUTCFullYear(year, month - 1, Math.min(date.getUTCDate(), daysInMonth_(year, month)));
  // Date keeps whole milliseconds; the fraction, if any, is carried over.
  return date.getTime() + (value - Math.trunc(value));
}
