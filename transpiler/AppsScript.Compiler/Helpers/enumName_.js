/** The name of an enum member with the value, as .NET's ToString() gives it; the number itself when no member has it; "" for null. */
function enumName_(enumType, value) {
  if (value === null || value === undefined) return "";
  for (const name of Object.keys(enumType)) {
    if (enumType[name] === value) return name;
  }
  return String(value);
}
