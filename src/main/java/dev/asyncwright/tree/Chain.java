package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import java.util.List;

/**
 * The trailers of a flat primary, and the views that stand for a prefix of them ({@code a.b} and
 * {@code a.b(c)} in {@code a.b(c).d}).
 */
final class Chain {

  private Chain() {}

  static List<TrailerContext> trailers(PrimaryContext primary) {
    return primary.getRuleContexts(TrailerContext.class);
  }

  /** The code-point offset just past the trailer at {@code index}. */
  static int endOfTrailer(PrimaryContext primary, int index) {
    return Node.endOf(trailers(primary).get(index));
  }
}
