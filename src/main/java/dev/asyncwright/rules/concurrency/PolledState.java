package dev.asyncwright.rules.concurrency;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ConstantContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.NumberContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StringAtomContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.rules.SelfMethods;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether the state a polling loop reads is the code's own, so that the code that changes it could
 * set an {@code asyncio.Event} instead: plain names (a flag of the function or the module that a
 * callback or another task sets) and {@code self.x} where the class assigns {@code x}. A call
 * ({@code queue.empty()}, {@code time.monotonic()}), a subscript or an attribute of another object
 * ({@code protocol.writing_paused}, {@code q._waiting}) is state the code may not be able to signal
 * from: a library's internals, a deadline, a counter of someone else's. Then the loop is no
 * finding.
 */
final class PolledState {

  /** Tokens after {@code self.x} that make it an assignment target. */
  private static final Set<Integer> ASSIGNING =
      Set.of(
          PythonLexer.EQUAL,
          PythonLexer.COLON,
          PythonLexer.PLUSEQUAL,
          PythonLexer.MINEQUAL,
          PythonLexer.STAREQUAL,
          PythonLexer.SLASHEQUAL,
          PythonLexer.PERCENTEQUAL,
          PythonLexer.AMPEREQUAL,
          PythonLexer.VBAREQUAL,
          PythonLexer.CIRCUMFLEXEQUAL,
          PythonLexer.LEFTSHIFTEQUAL,
          PythonLexer.RIGHTSHIFTEQUAL,
          PythonLexer.DOUBLESTAREQUAL,
          PythonLexer.DOUBLESLASHEQUAL,
          PythonLexer.ATEQUAL);

  private static final Set<Integer> STATEMENT_START =
      Set.of(PythonLexer.NEWLINE, PythonLexer.INDENT, PythonLexer.DEDENT, PythonLexer.SEMI);

  private PolledState() {}

  /** Whether every value the expressions read is state the code owns and could signal. */
  static boolean isOwn(ModuleModel model, List<? extends ParseTree> expressions) {
    for (ParseTree expression : expressions) {
      if (!ownOnly(model, expression)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ownOnly(ModuleModel model, ParseTree node) {
    if (node instanceof PrimaryContext primary && !isOwnPrimary(model, primary)) {
      return false;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (!ownOnly(model, node.getChild(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOwnPrimary(ModuleModel model, PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (trailers.isEmpty()) {
      return true; // a name, a constant, or brackets whose insides are looked at on their own
    }
    if (primary instanceof ConstantContext
        || primary instanceof NumberContext
        || primary instanceof StringAtomContext) {
      return false; // "x".join(...), 1 .real: not state at all, but nothing to poll either
    }
    return primary instanceof NameAtomContext name
        && name.getStart().getText().equals("self")
        && trailers.size() == 1
        && trailers.get(0) instanceof AttributeContext attribute
        && classAssigns(model, primary, attribute.name().getText());
  }

  /** Whether {@code self.name} is the class's own: its body binds it or a method assigns it. */
  private static boolean classAssigns(ModuleModel model, PrimaryContext at, String name) {
    Optional<Scope> owner = SelfMethods.selfClassThroughClosures(model, at);
    if (owner.isEmpty()) {
      return false;
    }
    if (owner.get().binds(name)) {
      return true;
    }
    ParserRuleContext body = owner.get().node();
    List<Token> tokens = model.module().tokens();
    int stop = body.getStop().getTokenIndex();
    // the last five visible tokens: what stands before self, self, '.', name, what follows
    Token[] visible = new Token[5];
    int seen = 0;
    for (int i = body.getStart().getTokenIndex(); i <= stop; i++) {
      Token token = tokens.get(i);
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      System.arraycopy(visible, 1, visible, 0, 4);
      visible[4] = token;
      if (++seen >= 5
          && visible[1].getText().equals("self")
          && visible[2].getType() == PythonLexer.DOT
          && visible[3].getText().equals(name)
          && ASSIGNING.contains(visible[4].getType())
          // `if self.x:` is no annotation: a colon assigns only at a statement's start
          && (visible[4].getType() != PythonLexer.COLON
              || STATEMENT_START.contains(visible[0].getType()))) {
        return true;
      }
    }
    return false;
  }
}
