package dev.asyncwright.tree;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Where a child stands among its parent's children, found by binary search on token positions: a
 * flat operation or primary may have a hundred thousand children, and a view asks for each.
 */
final class Children {

  private Children() {}

  /** The index of {@code child} among {@code parent}'s children from {@code from} on. */
  static int indexOf(ParserRuleContext parent, ParseTree child, int from) {
    int wanted = tokenIndex(child);
    int low = from;
    int high = parent.getChildCount() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int at = tokenIndex(parent.getChild(middle));
      if (at < wanted) {
        low = middle + 1;
      } else if (at > wanted) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    throw new IllegalArgumentException("not a child: " + child.getText());
  }

  private static int tokenIndex(ParseTree node) {
    return node instanceof TerminalNode terminal
        ? terminal.getSymbol().getTokenIndex()
        : ((ParserRuleContext) node).getStart().getTokenIndex();
  }
}
