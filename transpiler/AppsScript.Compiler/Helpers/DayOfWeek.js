/** System.DayOfWeek, whose members print by name as in .NET. */
const DayOfWeek = Object.freeze({ Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 });
