package dev.asyncwright.python.antlr;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

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
}
