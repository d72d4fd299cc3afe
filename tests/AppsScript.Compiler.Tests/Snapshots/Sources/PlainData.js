// Compiled from PlainData.cs by the SpotifySync Apps Script compiler. Edit the C# source, not this file.

function saved(name, at) {
  return { added_at: at, track: { Name: name, DurationMs: 0, Explicit: false, Artists: [] } };
}

function renamed(track, name) {
  return { Name: name, DurationMs: track.DurationMs, Explicit: false, Artists: [] };
}

function anonymous(artist) {
  return { ...artist, id: null };
}

function page(offset) {
  return { limit: 50, offset: offset, next: null };
}
