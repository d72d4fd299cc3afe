/** The path Newtonsoft names a property by in its messages: a.b, or a['odd key'] for a key with characters a dotted path cannot hold. */
function jsonPath_(parent, key) {
  if (/[. '/"[\]()\t\n\r\f\b\\\u0085\u2028\u2029]/.test(key)) return `${parent}['${key.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
  return parent === "" ? key : `${parent}.${key}`;
}
