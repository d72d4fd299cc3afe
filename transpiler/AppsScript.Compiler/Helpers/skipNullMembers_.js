/**
 * The JSON.stringify replacer of NullValueHandling.Ignore: leaves out the members of objects whose value is
 * null, as Newtonsoft does, and keeps nulls in arrays and a null root (key ""). The compiler rejects
 * dictionaries whose values may be null here, since Newtonsoft keeps those.
 * @this {unknown}
 */
function skipNullMembers_(key, value) {
  return value === null && key !== "" && !Array.isArray(this) ? undefined : value;
}
