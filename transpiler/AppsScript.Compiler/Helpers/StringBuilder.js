// requires: replace_, stringInsert_, stringRemove_, throwIfNegative_
/**
 * System.Text.StringBuilder: the text so far is `value`, and the appending methods return the builder so
 * that calls chain. The compiler turns every appended value into its .NET string first, so the builder only
 * ever handles text; AppendLine ends a line with "\n", as .NET does on Linux and Apps Script's logs expect.
 */
class StringBuilder {
  constructor(value) {
    this.value = value ?? "";
  }

  append(text) {
    this.value += text;
    return this;
  }

  appendLine(text) {
    this.value += `${text ?? ""}\n`;
    return this;
  }

  insert(index, text) {
    this.value = stringInsert_(this.value, index, text);
    return this;
  }

  remove(startIndex, length) {
    this.value = stringRemove_(this.value, startIndex, length);
    return this;
  }

  replace(oldValue, newValue) {
    this.value = replace_(this.value, oldValue, newValue);
    return this;
  }

  clear() {
    this.value = "";
    return this;
  }

  get length() {
    return this.value.length;
  }

  /** Shortens the text, or pads it with NUL characters, as setting .NET's Length does. */
  set length(length) {
    throwIfNegative_(length, "value");
    this.value = length <= this.value.length ? this.value.slice(0, length) : this.value.padEnd(length, "\0");
  }

  toString() {
    return this.value;
  }
}
