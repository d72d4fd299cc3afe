/** System.EventArgs: the base of the program's event data classes; EventArgs.Empty is its one shared instance. */
class EventArgs {}
EventArgs.Empty = new EventArgs();
