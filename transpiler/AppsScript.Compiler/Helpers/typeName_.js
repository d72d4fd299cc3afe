/**
 * The .NET name of a class: the fullName_ the compiler gives a class whose JavaScript name lacks its namespace or
 * outer class, else its JavaScript name.
 */
function typeName_(type) {
  return Object.prototype.hasOwnProperty.call(type, "fullName_") ? type.fullName_ : type.name;
}
