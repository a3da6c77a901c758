package dev.asyncwright.rules.resources;

import org.antlr.v4.runtime.tree.ParseTree;

/** One mention of a resource's name: where it is and what it does with the resource. */
record Mention(ParseTree node, int offset, Use use) {

  /** What one mention of the resource's name does with it. */
  enum Use {
    /** Reads it where it stays: {@code x.get(...)}, {@code x is None}, {@code await f(x)}. */
    LOCAL,
    /** {@code x.close()} in the kind's form. */
    CLOSE,
    /** {@code x.close()} in the wrong form ({@code await} missing or too many). */
    WRONG_CLOSE,
    /** {@code await x.wait_closed()} (asyncssh, after the close). */
    WAIT_CLOSED,
    /**
     * Closed by something else: {@code async with x}, an exit stack, the close method passed on.
     */
    MANAGED,
    /** {@code x = ...}, {@code del x}, {@code for x in}: the name no longer holds it. */
    REBOUND,
    /** Returned, stored, put in a container, aliased: someone else may close it. */
    HANDED_ON,
    /** Passed to a call that is not awaited at once, or used by a nested function. */
    MAY_KEEP
  }
}
