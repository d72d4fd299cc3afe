// requires: JsonException
/** Newtonsoft.Json's JsonReaderException: JSON text that cannot be read as the value asked for. */
class JsonReaderException extends JsonException {}

JsonReaderException.fullName_ = "Newtonsoft.Json.JsonReaderException";
