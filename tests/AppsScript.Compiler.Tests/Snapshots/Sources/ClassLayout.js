// Compiled from ClassLayout.cs by the SpotifySync Apps Script compiler. Edit the C# source, not this file.

/** A playlist the sync follows. */
class Playlist {
  constructor(id, name) {
    this.name = null;
    this.trackCount = 0;
    this.id_ = id;
    this.name = name ?? Playlist.defaultName;
    Playlist.instances_++;
  }

  /** The Spotify ID. */
  get id() {
    return this.id_;
  }

  get isFull() {
    return this.trackCount >= Playlist.maxTracks;
  }

  static get instances() {
    return Playlist.instances_;
  }

  add(count) {
    this.trackCount = Math.min(this.trackCount + count, Playlist.maxTracks);
  }

  toString() {
    return `${this.name ?? ""} (${this.trackCount})`;
  }
}

Playlist.maxTracks = 10000;
Playlist.instances_ = 0;
Playlist.defaultName = "Liked Songs";

class SmartPlaylist extends Playlist {
  constructor(id, rule) {
    super(id, "Smart: " + (rule ?? ""));
    this.rule = rule;
  }
}

/** Uses every member above, so that all of them are emitted. */
function run() {
  const playlist = new SmartPlaylist("p1", "added this week");
  playlist.add(12);
  return `${playlist} ${playlist.id ?? ""} ${playlist.rule ?? ""} ${playlist.isFull ? "True" : "False"} ${Playlist.instances}`;
}
