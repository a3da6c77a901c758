package dev.asyncwright.tree;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** A view of part of the parse tree: the node it looks at and the code points it spans. */
public interface Node {

  /** The parse-tree node the view looks at. */
  ParserRuleContext context();

  /** The code-point offset where the view's text starts. */
  default int start() {
    return context().getStart().getStartIndex();
  }

  /** The code-point offset just past the view's text. */
  default int end() {
    return endOf(context());
  }

  /** The code-point offset just past a node's last token (its start when it has none). */
  static int endOf(ParserRuleContext node) {
    Token stop = node.getStop();
    return stop == null ? node.getStart().getStartIndex() : stop.getStopIndex() + 1;
  }
}
