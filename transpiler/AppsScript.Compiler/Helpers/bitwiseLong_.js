/**
 * A bitwise or shift operator on long, computed on 64 bits as .NET does (JavaScript's own bitwise operators work
 * on 32), the shift count masked to 6 bits; exact wherever the result is within 2^53, as a long in the script is.
 */
function bitwiseLong_(left, operator, right) {
  const a = BigInt(left);
  const b = BigInt(right);
  switch (operator) {
    case "&":
      return Number(a & b);
    case "|":
      return Number(a | b);
    case "^":
      return Number(a ^ b);
    case "<<":
      return Number(BigInt.asIntN(64, a << (b & 63n)));
    case ">>":
      return Number(a >> (b & 63n));
    default:
      return Number(BigInt.asIntN(64, BigInt.asUintN(64, a) >> (b & 63n)));
  }
}
