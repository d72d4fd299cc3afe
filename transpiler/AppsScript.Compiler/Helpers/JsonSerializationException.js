// requires: JsonException
/** Newtonsoft.Json's JsonSerializationException: a JSON value that does not fit the type it is read into. */
class JsonSerializationException extends JsonException {}

JsonSerializationException.fullName_ = "Newtonsoft.Json.JsonSerializationException";
