/**
 * System.Text.RegularExpressions.Match: Success, Value, Index, Length, Groups (in .NET's group order) and
 * NextMatch. A failed match is like .NET's Match.Empty: an empty value at index 0 and only group 0. A group that
 * did not take part, or one asked for by a number or name the pattern lacks, is unsuccessful and empty.
 */
class Match {
  constructor(regex, input, found) {
    this.regex = regex;
    this.input = input;
    this.success = found !== null;
    this.index = found ? found.index : 0;
    this.value = found ? found[0] : "";
    this.length = this.value.length;
    this.name = "0";
    const count = !found ? 1 : regex.groupIndexes ? regex.groupIndexes.length : found.length;
    this.groups = [];
    for (let number = 0; number < count; number++) {
      const text = found ? found[regex.groupIndexes ? regex.groupIndexes[number] : number] : undefined;
      const name = regex.groupNames ? regex.groupNames[number] : String(number);
      this.groups.push(number === 0 ? this : Match.capture(name, text, found, regex, number));
    }
  }

  static capture(name, text, found, regex, number) {
    if (text === undefined) return { success: false, value: "", index: 0, length: 0, name };
    const index = found.indices[regex.groupIndexes ? regex.groupIndexes[number] : number][0];
    return { success: true, value: text, index, length: text.length, name };
  }

  /** Groups[n] or Groups["name"]: the group, or an unsuccessful one when there is none. */
  static group(groups, key) {
    const group = typeof key === "number" ? groups[key] : groups.find((candidate) => candidate.name === key);
    return group ?? { success: false, value: "", index: 0, length: 0, name: typeof key === "number" ? String(key) : key };
  }

  nextMatch() {
    if (!this.success) return this;
    return this.regex.match(this.input, this.index + this.length + (this.length === 0 ? 1 : 0));
  }
}
