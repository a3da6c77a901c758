package dev.asyncwright.python.antlr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

/**
 * {@link PythonContext}'s child lookups and text, and {@link TextCachingToken}, answer exactly as
 * ANTLR's own classes do: they exist for speed only.
 */
class ContextAccessorsTest {

  private static final String CODE =
      "def f(a, b, *c, **d):\n    return [x for x in a if x], g(a, b, key=c)\n";

  @Test
  void everyNodeAnswersAsAnAntlrNodeWithTheSameChildren() {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(CODE));
    PythonParser parser = new PythonParser(new CommonTokenStream(lexer));
    List<PythonContext> nodes = new ArrayList<>();
    collect(parser.fileInput(), nodes);
    List<Class<? extends ParserRuleContext>> kinds =
        List.of(
            PythonParser.ExpressionContext.class,
            PythonParser.StarExpressionContext.class,
            PythonParser.ArgumentContext.class,
            PythonParser.NameContext.class,
            PythonParser.ParameterContext.class,
            ParserRuleContext.class);
    int[] types = {PythonLexer.COMMA, PythonLexer.NAME, PythonLexer.COLON, PythonLexer.EOF};
    for (PythonContext node : nodes) {
      ParserRuleContext antlr = new ParserRuleContext();
      if (node.children != null) {
        node.children.forEach(antlr::addAnyChild);
      }
      assertEquals(antlr.getText(), node.getText());
      for (Class<? extends ParserRuleContext> kind : kinds) {
        assertEquals(antlr.getRuleContexts(kind), node.getRuleContexts(kind));
        for (int i = -1; i <= node.getChildCount(); i++) {
          assertSame(antlr.getRuleContext(kind, i), node.getRuleContext(kind, i));
          assertSame(antlr.getChild(kind, i), node.getChild(kind, i));
        }
      }
      for (int type : types) {
        assertEquals(antlr.getTokens(type), node.getTokens(type));
        for (int i = -1; i <= node.getChildCount(); i++) {
          assertSame(antlr.getToken(type, i), node.getToken(type, i));
        }
      }
    }
  }

  @Test
  void aTokenGivesTheTextAntlrGivesAlsoAfterAMoveOrAnExplicitText() {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString("alpha := beta\n"));
    List<? extends Token> tokens = lexer.getAllTokens();
    for (Token token : tokens) {
      CommonToken plain = new CommonToken(token);
      plain.setText(null);
      assertEquals(plain.getText(), token.getText());
      assertEquals(plain.getText(), token.getText()); // asked twice: the same
    }
    CommonToken alpha = (CommonToken) tokens.get(0);
    assertEquals("alpha", alpha.getText());
    alpha.setStopIndex(2);
    assertEquals("alp", alpha.getText());
    alpha.setStartIndex(1);
    assertEquals("lp", alpha.getText());
    alpha.setText("gamma");
    assertEquals("gamma", alpha.getText());
  }

  private static void collect(ParseTree tree, List<PythonContext> nodes) {
    if (tree instanceof PythonContext node) {
      nodes.add(node);
    }
    if (!(tree instanceof TerminalNode)) {
      for (int i = 0; i < tree.getChildCount(); i++) {
        collect(tree.getChild(i), nodes);
      }
    }
  }
}
