package dev.asyncwright.rules.resources;

/**
 * One kind of async resource: how it is shown, whether its creation is awaited, its {@code async
 * with} form, the method that closes it and whether that is awaited, whether an {@code await
 * x.wait_closed()} may follow the close (asyncssh), and whether leaving the {@code async with}
 * block cleanly commits a transaction that the close would have thrown away (psycopg).
 */
record ResourceKind(
    String display,
    boolean awaitedCreation,
    Form form,
    String closeMethod,
    boolean awaitedClose,
    boolean waitClosed,
    boolean commitsOnExit) {

  /** How the {@code async with} form writes the creation, as each library documents it. */
  enum Form {
    /** {@code async with lib.open(...) as x:} (the {@code await} of the creation goes). */
    CALL,
    /** {@code async with await lib.open(...) as x:} (the {@code await} stays). */
    AWAIT_CALL,
    /** The library documents no {@code async with} for it: no fix. */
    NONE
  }

  ResourceKind(
      String display,
      boolean awaitedCreation,
      Form form,
      String closeMethod,
      boolean awaitedClose,
      boolean waitClosed) {
    this(display, awaitedCreation, form, closeMethod, awaitedClose, waitClosed, false);
  }
}
