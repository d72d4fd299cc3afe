/**
 * A custom DateTime pattern of formatDateTime_ over the parts of a date (year, month from 0, day, dayOfWeek, hour,
 * minute, second, fraction in 100 ns ticks, and kind, the text of K), read as .NET reads it; z is only ever a
 * DateTimeOffset's offset of +00:00 (the compiler refuses a DateTime's, the machine's offset).
 */
function formatDateTimePattern_(parts, pattern) {
  const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const digits = (number, width) => String(number).padStart(width, "0");
  let result = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    let length = 1;
    while (pattern[i + length] === ch) length++;
    switch (ch) {
      case "d":
        result += length <= 2 ? digits(parts.day, length) : length === 3 ? days[parts.dayOfWeek].slice(0, 3) : days[parts.dayOfWeek];
        break;
      case "M":
        result += length <= 2 ? digits(parts.month + 1, length) : length === 3 ? months[parts.month].slice(0, 3) : months[parts.month];
        break;
      case "y":
        result += length <= 2 ? digits(parts.year % 100, length) : digits(parts.year, length);
        break;
      case "h":
        result += digits(parts.hour % 12 || 12, Math.min(length, 2));
        break;
      case "H":
        result += digits(parts.hour, Math.min(length, 2));
        break;
      case "m":
        result += digits(parts.minute, Math.min(length, 2));
        break;
      case "s":
        result += digits(parts.second, Math.min(length, 2));
        break;
      case "f":
        result += digits(Math.floor(parts.fraction / 10 ** (7 - length)), length);
        break;
      case "F": {
        const shown = digits(Math.floor(parts.fraction / 10 ** (7 - length)), length).replace(/0+$/, "");
        if (shown !== "") result += shown;
        else if (result.endsWith(".")) result = result.slice(0, -1);
        break;
      }
      case "t":
        result += (parts.hour < 12 ? "AM" : "PM").slice(0, length === 1 ? 1 : 2);
        break;
      case "g":
        result += "A.D.";
        break;
      case "K":
        result += parts.kind;
        length = 1;
        break;
      case "z":
        result += length === 1 ? "+0" : length === 2 ? "+00" : "+00:00";
        break;
      case "'":
      case '"': {
        let end = i + 1;
        while (pattern[end] !== ch) {
          if (pattern[end] === "\\") end++;
          result += pattern[end];
          end++;
        }
        length = end - i + 1;
        break;
      }
      case "%":
        result += formatDateTimePattern_(parts, pattern[i + 1]);
        length = 2;
        break;
      case "\\":
        result += pattern[i + 1];
        length = 2;
        break;
      default:
        result += ch;
        length = 1;
    }
    i += length;
  }
  return result;
}
