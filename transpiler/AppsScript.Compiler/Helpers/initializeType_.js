// requires: TypeInitializationException
/**
 * Runs a class's static initialisers and static constructor the first time its initialize_ is called, as .NET
 * does at the class's first use; later calls return the class at once (a call while they run too, as on the thread
 * running them in .NET), or, when they threw, throw the same TypeInitializationException again.
 */
function initializeType_(type, typeName, initialize) {
  type.initialize_ = () => type;
  try {
    initialize();
  } catch (error) {
    const failure = new TypeInitializationException(typeName, error);
    type.initialize_ = () => {
      throw failure;
    };
    throw failure;
  }
  return type;
}
