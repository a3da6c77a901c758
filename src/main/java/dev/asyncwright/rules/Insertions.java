package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.semantic.ModuleModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Adding statements and names to a module without disturbing what is there: new lines after a
 * statement, in its own indentation and the file's newline style, and whether a name may be taken
 * for them.
 */
public final class Insertions {

  private Insertions() {}

  /**
   * The whitespace (spaces, tabs, form feeds) between the start of a node's line and the node, if
   * nothing else stands before it on that line.
   */
  public static Optional<String> indentation(SourceFile source, int codePointStart) {
    String text = source.text();
    int at = source.charIndex(codePointStart);
    int lineStart = at;
    while (lineStart > 0 && " \t\f".indexOf(text.charAt(lineStart - 1)) >= 0) {
      lineStart--;
    }
    if (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
      return Optional.empty();
    }
    return Optional.of(text.substring(lineStart, at));
  }

  /**
   * An edit that adds lines right after the line(s) of a statement, each indented as the statement
   * is and ended with the file's newline, comments at the end of the statement's line staying
   * there. Empty when the statement shares its line(s) with another ({@code a; b}, {@code if x:
   * b}), since then no indentation fits.
   */
  public static Optional<Edit> linesAfter(
      RuleContext context, SimpleStatementContext statement, List<String> lines) {
    if (Statements.aloneStatement(statement).isEmpty()
        || !(statement.getParent() instanceof SimpleStatementsContext line)
        || !(line.getParent() instanceof StatementContext)) {
      return Optional.empty();
    }
    Optional<String> indent = indentation(context.source(), RuleContext.start(statement));
    if (indent.isEmpty()) {
      return Optional.empty();
    }
    String newline = context.source().lineEnding().text();
    StringBuilder added = new StringBuilder();
    for (String text : lines) {
      added.append(indent.get()).append(text).append(newline);
    }
    Token end = line.NEWLINE().getSymbol();
    if (end.getStopIndex() < end.getStartIndex()) {
      // the file ends without a line break after the statement
      added.setLength(added.length() - newline.length());
      return Optional.of(Edit.insert(end.getStartIndex(), newline + added));
    }
    return Optional.of(Edit.insert(end.getStopIndex() + 1, added.toString()));
  }

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
