// requires: InvalidOperationException
/** Enumerable.Single: the one element (that matches); none or more than one is .NET's InvalidOperationException. */
function single_(source, predicate) {
  const matches = predicate === undefined ? source : source.filter((item) => predicate(item));
  if (matches.length === 1) return matches[0];
  const what = predicate === undefined ? "" : " matching";
  throw new InvalidOperationException(matches.length === 0 ? `Sequence contains no${what} element${what ? "" : "s"}` : `Sequence contains more than one${what} element`);
}
