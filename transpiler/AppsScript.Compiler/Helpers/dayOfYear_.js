/** DateTime.DayOfYear: 1 for January 1st, up to 366. */
function dayOfYear_(value) {
  const date = new Date(value);
  const newYear = new Date(0);
  newYear.setUTCFullYear(date.getUTCFullYear(), 0, 1);
  return Math.floor((date.getTime() - newYear.getTime()) / 86400000) + 1;
}
