package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The trailers of a flat primary, found in constant time: they are the primary's last children,
 * after the few that make its atom ({@code name}, or {@code ( elements )}). A chain of a hundred
 * thousand calls asks for its trailers once per call, so they are never listed.
 */
final class Chain {

  private Chain() {}

  /** How many trailers the primary has. */
  static int count(PrimaryContext primary) {
    return primary.getChildCount() - firstTrailer(primary);
  }

  /** The trailer at {@code index} (0 for the first after the atom). */
  static TrailerContext trailer(PrimaryContext primary, int index) {
    return (TrailerContext) primary.getChild(firstTrailer(primary) + index);
  }

  /** The index among the primary's trailers of one of them. */
  static int indexOf(PrimaryContext primary, TrailerContext trailer) {
    int first = firstTrailer(primary);
    return Children.indexOf(primary, trailer, first) - first;
  }

  /** The code-point offset just past the trailer at {@code index}. */
  static int endOfTrailer(PrimaryContext primary, int index) {
    return Node.endOf(trailer(primary, index));
  }

  /** The child index of the first trailer: the atom is at most three children. */
  private static int firstTrailer(PrimaryContext primary) {
    int child = 0;
    while (child < primary.getChildCount() && !isTrailer(primary.getChild(child))) {
      child++;
    }
    return child;
  }

  private static boolean isTrailer(ParseTree child) {
    return child instanceof TrailerContext;
  }
}
