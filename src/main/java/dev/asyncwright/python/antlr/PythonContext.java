package dev.asyncwright.python.antlr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every parse tree node. Nodes mostly have one to three children, and ANTLR gives each
 * a list with room for ten; a 10 MB file has millions of nodes.
 */
public class PythonContext extends ParserRuleContext {

  public PythonContext() {}

  public PythonContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T child) {
    if (children == null) {
      children = new ArrayList<>(3);
    }
    children.add(child);
    return child;
  }

  // The generated accessors (`ctx.expression()`, `ctx.COMMA()`) look children up through the four
  // methods below. ANTLR's own walk the list with an iterator, one allocation per question, which
  // the quick compiler our batch JVM runs with does not remove; these walk it by index and answer
  // the same.

  @Override
  public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int seen = -1;
    for (int at = 0, size = children.size(); at < size; at++) {
      ParseTree child = children.get(at);
      if (type.isInstance(child) && ++seen == i) {
        return type.cast(child);
      }
    }
    return null;
  }

  @Override
  public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> type) {
    if (children == null) {
      return Collections.emptyList();
    }
    List<T> found = null;
    for (int at = 0, size = children.size(); at < size; at++) {
      ParseTree child = children.get(at);
      if (type.isInstance(child)) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(type.cast(child));
      }
    }
    return found == null ? Collections.emptyList() : found;
  }

  @Override
  public TerminalNode getToken(int type, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int seen = -1;
    for (int at = 0, size = children.size(); at < size; at++) {
      if (children.get(at) instanceof TerminalNode terminal
          && terminal.getSymbol().getType() == type
          && ++seen == i) {
        return terminal;
      }
    }
    return null;
  }

  @Override
  public List<TerminalNode> getTokens(int type) {
    if (children == null) {
      return Collections.emptyList();
    }
    List<TerminalNode> found = null;
    for (int at = 0, size = children.size(); at < size; at++) {
      if (children.get(at) instanceof TerminalNode terminal
          && terminal.getSymbol().getType() == type) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(terminal);
      }
    }
    return found == null ? Collections.emptyList() : found;
  }

  /**
   * The text of the tokens below, joined, as ANTLR's; a node over a single child (a name, and the
   * chain of nodes above a lone atom) returns its child's text instead of copying it again.
   */
  @Override
  public String getText() {
    return children != null && children.size() == 1 ? children.get(0).getText() : super.getText();
  }
}
