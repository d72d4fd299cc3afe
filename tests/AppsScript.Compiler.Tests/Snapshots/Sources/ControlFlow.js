// Compiled from ControlFlow.cs by the SpotifySync Apps Script compiler. Edit the C# source, not this file.

/**
 * The .NET name of a class: the fullName_ the compiler gives a class whose JavaScript name lacks its namespace or
 * outer class, else its JavaScript name.
 */
function typeName_(type) {
  return Object.prototype.hasOwnProperty.call(type, "fullName_") ? type.fullName_ : type.name;
}

/**
 * System.Exception. Derives from Error so that host errors and .NET-style exceptions are caught alike;
 * name is the class name, which Apps Script shows in its execution log.
 */
class Exception extends Error {
  constructor(message, innerException) {
    super(message ?? `Exception of type '${typeName_(new.target)}' was thrown.`);
    this.name = new.target.name;
    this.innerException = innerException ?? null;
  }
}

Exception.fullName_ = "System.Exception";

class Throttled extends Exception {
  constructor(retryAfter) {
    super("throttled");
    this.retryAfter = retryAfter;
  }
}

function status(code) {
  return code === 200 || code === 201 ? "ok"
    : code === 429 ? "throttled"
    : code >= 500 && code < 600 ? "server error"
    : "other";
}

function wait(call) {
  let attempts = 0;
  while (true) {
    try {
      return call();
    } catch (e) {
      if (e instanceof Throttled && (e.retryAfter < 60 && attempts < 3)) {
        attempts++;
      } else {
        console.log("giving up: " + e.message);
        throw e;
      }
    } finally {
      console.log("attempt " + attempts);
    }
  }
}

function total(values) {
  let total_ = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < 0) {
      continue;
    }
    total_ += Math.trunc(values[i] / 2);
  }
  for (const value of values) {
    switch (value) {
      case 0:
        break;
      case 1:
      case 2:
        total_++;
        break;
      default:
        total_ += value % 3;
        break;
    }
  }
  return total_;
}
