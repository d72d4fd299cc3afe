// Compiled from EntryPoints.cs by the SpotifySync Apps Script compiler. Edit the C# source, not this file.

/**
 * An enum value as .NET's ToString() names it: the member with that value; for a [Flags] enum the names
 * of the members whose bits make it up, joined by ", " in ascending order; else the number; "" for null.
 */
function enumName_(enumType, value, isFlags) {
  if (value === null || value === undefined) return "";
  const members = Object.keys(enumType).map((name) => [name, enumType[name]]);
  const exact = members.find(([, memberValue]) => memberValue === value);
  if (exact) return exact[0];
  if (!isFlags || value === 0) return String(value);
  const names = [];
  let remaining = value;
  for (const [name, memberValue] of members.filter(([, v]) => v !== 0).sort((a, b) => b[1] - a[1])) {
    if ((remaining & memberValue) !== memberValue) continue;
    names.unshift(name);
    remaining -= memberValue;
  }
  return remaining === 0 ? names.join(", ") : String(value);
}

const SyncMode = Object.freeze({ Incremental: 0, Full: 1, Manual: 2 });
const defaultInterval = 5;
const allowedIntervals = [1, 5, 10, 15, 30];

/** Syncs saved tracks; the 5-minute trigger's handler. */
function syncSpotifyToNotion() {
  return describe_(SyncMode.Incremental, defaultInterval);
}

/** Checks an interval before a trigger is installed. */
function isAllowedInterval(minutes = 5) {
  return allowedIntervals.indexOf(minutes) >= 0;
}

function doGet(path = null) {
  return path ?? "status";
}

function describe_(mode, minutes) {
  return `${enumName_(SyncMode, mode)} every ${minutes} minutes`;
}
