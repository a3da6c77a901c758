package dev.asyncwright.rules.resources;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.BlockRewrite;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.Indentation;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.resources.ResourceKind.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The edits of AW801's fix, once {@link ResourceRewrite} has found how far the block reaches: the
 * header in place of the assignment, the lines after it one level deeper, the close deleted with
 * its comment and the blank lines around it kept right.
 */
final class AsyncWithEdits {

  private static final PythonVersion NEEDS = new PythonVersion(5);

  /** Comments addressed to tools about their own line: they go with the statement. */
  private static final Pattern PRAGMA =
      Pattern.compile("#\\s*(type:\\s*ignore|noqa|pragma:|pylint:|pyright:|mypy:|nosec|fmt:)");

  private final RuleContext context;
  private final OpenedResource resource;

  AsyncWithEdits(RuleContext context, OpenedResource resource) {
    this.context = context;
    this.resource = resource;
  }

  /**
   * The fix: {@code async with} in place of the assignment, the lines up to {@code rangeEnd} one
   * level deeper, the close statements deleted.
   */
  FixProposal wrap(StatementContext creation, List<StatementContext> closes, int rangeEnd) {
    SourceFile source = context.source();
    List<Token> tokens = context.model().module().tokens();
    Optional<Indentation> indentation = Lines.blockIndentation(source, creation);
    if (indentation.isEmpty()) {
      return FixProposal.withhold("the indentation around it is not one the fix can extend");
    }
    String indent = indentation.get().indent();
    int start = RuleContext.start(resource.assignment());
    PrimaryContext primary = resource.call().primary();
    ResourceKind kind = resource.kind();
    String awaited = kind.form() == Form.AWAIT_CALL && kind.awaitedCreation() ? "await " : "";
    String created =
        Lines.moved(
            context,
            primary,
            indent.length() + BlockRewrite.managerColumn() + awaited.length(),
            indent);
    List<Edit> edits = new ArrayList<>();
    edits.add(
        new Edit(
            start,
            RuleContext.end(resource.call().call()),
            BlockRewrite.asyncWith(awaited + created + " as " + resource.name())));
    Token lineBreak = Lines.lineBreak(tokens, creation);
    if (Lines.isMissingLineBreak(lineBreak)) {
      return FixProposal.withhold("nothing follows it");
    }
    edits.addAll(
        BlockRewrite.moveIntoBlock(
            source, tokens, lineBreak.getStopIndex() + 1, rangeEnd, indentation.get()));
    for (StatementContext close : closes) {
      edits.add(deleteStatement(source, tokens, close));
    }
    return FixProposal.offer(
        new Fix("Open it with `async with` around its uses", Applicability.UNSAFE, NEEDS, edits));
  }

  /**
   * Deletes a statement's lines, or, when a comment ends them, the statement before it. A comment
   * that only speaks to tools about that line ({@code # type: ignore[...]}, {@code # noqa}) goes
   * with it; so do the blank lines before it when it ends its block, which would otherwise trail
   * the new block.
   */
  private Edit deleteStatement(SourceFile source, List<Token> tokens, StatementContext statement) {
    Token lineBreak = Lines.lineBreak(tokens, statement);
    Token comment = null;
    for (int i = statement.getStart().getTokenIndex(); i < lineBreak.getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT
          && !PRAGMA.matcher(tokens.get(i).getText()).lookingAt()) {
        comment = tokens.get(i);
        break;
      }
    }
    if (comment != null) {
      return Edit.delete(RuleContext.start(statement), comment.getStartIndex());
    }
    if (Lines.indentation(source, statement).isEmpty()) {
      return Edit.delete(RuleContext.start(statement), RuleContext.end(statement));
    }
    int start = Lines.lineStart(source, RuleContext.start(statement));
    int end =
        Lines.isMissingLineBreak(lineBreak)
            ? lineBreak.getStartIndex()
            : lineBreak.getStopIndex() + 1;
    List<StatementContext> siblings =
        ((ParserRuleContext) statement.getParent()).getRuleContexts(StatementContext.class);
    if (siblings.indexOf(statement) == siblings.size() - 1
        || BlockRewrite.blankLineAt(source, end)) {
      // the blank lines before it would trail the new block, or double those after it
      start = blankLinesBefore(source, start, lineAfterPrevious(tokens, statement));
    }
    return Edit.delete(start, end);
  }

  /**
   * Where the line after the previous logical line starts: past the {@code NEWLINE} before the
   * statement (indentation tokens aside); the statement's own start when there is none.
   */
  private static int lineAfterPrevious(List<Token> tokens, StatementContext statement) {
    for (int i = statement.getStart().getTokenIndex() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.getChannel() != Token.DEFAULT_CHANNEL
          || token.getType() == PythonLexer.INDENT
          || token.getType() == PythonLexer.DEDENT) {
        continue;
      }
      return token.getType() == PythonLexer.NEWLINE
          ? token.getStopIndex() + 1
          : RuleContext.start(statement);
    }
    return RuleContext.start(statement);
  }

  /** The start of the blank lines right before a line, back to no earlier than {@code floor}. */
  private static int blankLinesBefore(SourceFile source, int lineStart, int floor) {
    int start = lineStart;
    while (start > floor) {
      int previous = Lines.lineStart(source, start - 1);
      if (previous < floor || !source.slice(previous, start).isBlank()) {
        break;
      }
      start = previous;
    }
    return start;
  }
}
