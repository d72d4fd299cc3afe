// Compiled from NullText.cs by the SpotifySync Apps Script compiler. Edit the C# source, not this file.

class Labels {
  static kind(plays) {
    return plays > 10 ? "favourite" : `${plays} plays`;
  }

  static line(track, playlist, genres) {
    const kind = Labels.kind(genres.length);
    let heading = "Track";
    if (genres.length === 0) {
      heading = "Unsorted " + heading;
    }
    const first = genres[0] ?? "none";
    let record;
    return `${heading}: ${track.Title ?? ""} by ${track.Artist ?? ""} in ${playlist ?? ""} (${kind}, ${first}, ${genres[0] ?? ""}) ${record = { ...track, Title: "x" }, `Track { Title = ${record.Title ?? ""}, Artist = ${record.Artist ?? ""} }`}`;
  }
}

function run() {
  return Labels.line({ Title: "Intro", Artist: "The xx" }, "Liked", ["indie"]);
}
