// requires: Exception
/** Newtonsoft.Json's JsonException, the base of its reading and serialization errors. */
class JsonException extends Exception {}

JsonException.fullName_ = "Newtonsoft.Json.JsonException";
