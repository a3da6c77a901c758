package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.semantic.ModuleModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Whether a name may be taken for something a fix adds, without changing what it means. */
public final class Names {

  private Names() {}

  /**
   * Whether every mention of a name in the module (an identifier token, attributes after a dot
   * aside) starts a primary that {@code allowed} accepts. A name mentioned nowhere passes; {@code
   * def name}, {@code import name}, a parameter or a keyword argument of that name never do, since
   * they start no primary the predicate could accept.
   */
  public static boolean onlyMentionedBy(
      ModuleModel model, String name, Predicate<PrimaryContext> allowed) {
    return onlyMentionedBy(model, name, model.module().tree(), allowed);
  }

  /**
   * Like {@link #onlyMentionedBy(ModuleModel, String, Predicate)}, for the mentions inside one node
   * (a function, for a name local to it); mentions elsewhere do not count.
   */
  public static boolean onlyMentionedBy(
      ModuleModel model, String name, ParserRuleContext within, Predicate<PrimaryContext> allowed) {
    Map<Integer, PrimaryContext> primaries = new HashMap<>();
    for (PrimaryContext primary : model.namePrimaries()) {
      if (primary.getStart().getText().equals(name)) {
        primaries.put(primary.getStart().getTokenIndex(), primary);
      }
    }
    List<Token> tokens = model.module().tokens();
    int previous = -1;
    int last = within.getStop() == null ? -1 : within.getStop().getTokenIndex();
    for (Token token : tokens.subList(within.getStart().getTokenIndex(), last + 1)) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (token.getType() == PythonLexer.NAME
          && token.getText().equals(name)
          && previous != PythonLexer.DOT) {
        PrimaryContext primary = primaries.get(token.getTokenIndex());
        if (primary == null || !allowed.test(primary)) {
          return false;
        }
      }
      previous = token.getType();
    }
    return true;
  }
}
