/** The number of days in a month (1 to 12) of the proleptic Gregorian calendar, as DateTime.DaysInMonth gives it. */
function daysInMonth_(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
