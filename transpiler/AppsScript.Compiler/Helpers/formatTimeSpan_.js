/**
 * A TimeSpan (a number of milliseconds) as .NET's ToString() and "c" format write it: [-][d.]hh:mm:ss and, when
 * there is one, the fraction of a second in seven digits of 100 ns ticks ("1.02:03:04.5000000"). null gives "".
 */
function formatTimeSpan_(value) {
  if (value === null || value === undefined) return "";
  const magnitude = Math.abs(value);
  let whole = Math.floor(magnitude);
  let ticks = Math.round((magnitude - whole) * 10000);
  if (ticks === 10000) {
    whole += 1;
    ticks = 0;
  }
  const pad = (number, width) => String(number).padStart(width, "0");
  const sign = value < 0 && (whole > 0 || ticks > 0) ? "-" : "";
  const days = Math.floor(whole / 86400000);
  const time = `${pad(Math.floor(whole / 3600000) % 24, 2)}:${pad(Math.floor(whole / 60000) % 60, 2)}:${pad(Math.floor(whole / 1000) % 60, 2)}`;
  const fraction = (whole % 1000) * 10000 + ticks;
  return `${sign}${days > 0 ? `${days}.` : ""}${time}${fraction > 0 ? `.${pad(fraction, 7)}` : ""}`;
}
