// requires: throwIfNegative_
/** String.PadLeft and PadRight: padStart and padEnd, which take a negative width as 0 where .NET throws. */
function pad_(text, totalWidth, padChar, atEnd) {
  throwIfNegative_(totalWidth, "totalWidth");
  return atEnd ? text.padEnd(totalWidth, padChar) : text.padStart(totalWidth, padChar);
}
