package dev.asyncwright.rules.resources;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.BreakStatementContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ContinueStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.WhileStatementContext;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.resources.Mention.Use;
import dev.asyncwright.rules.resources.ResourceKind.Form;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW801's fix: how far the {@code async with} block reaches (to the close, or, never closed, to the
 * end of the block), or why the rewrite would change more than it should; {@link AsyncWithEdits}
 * makes the edits.
 */
final class ResourceRewrite {

  private final RuleContext context;
  private final ModuleModel model;
  private final OpenedResource resource;
  private final ResourceKind kind;
  private final ExpressionStatementContext assignment;
  private final String name;
  private final Scope scope;
  private final List<Mention> mentions;
  private final AsyncWithEdits edits;

  ResourceRewrite(RuleContext context, OpenedResource resource) {
    this.context = context;
    this.model = context.model();
    this.resource = resource;
    this.kind = resource.kind();
    this.assignment = resource.assignment();
    this.name = resource.name();
    this.scope = resource.scope();
    this.mentions = resource.mentions();
    this.edits = new AsyncWithEdits(context, resource);
  }

  /**
   * The fix, or why there is none: only a resource with an {@code async with} form, assigned alone
   * on its line in an indented block, can be wrapped.
   */
  FixProposal proposal() {
    if (kind.form() == Form.NONE) {
      return FixProposal.withhold("the library documents no `async with` form for it");
    }
    if (Statements.aloneStatement(assignment).isEmpty()) {
      return FixProposal.withhold("its assignment shares its line with another statement");
    }
    Optional<StatementContext> statement = Statements.statementAlone(assignment);
    if (statement.isEmpty()
        || !(statement.get().getParent() instanceof BlockContext block)
        || block.INDENT() == null) {
      return FixProposal.withhold("it is assigned in a one-line suite");
    }
    return resource.closed()
        ? rewriteClosed(statement.get(), block)
        : rewriteNeverClosed(statement.get(), block);
  }

  /** The rewrite when a statement of the block closes it. */
  private FixProposal rewriteClosed(StatementContext creation, BlockContext block) {
    List<StatementContext> siblings = block.statement();
    int close = -1;
    for (Mention mention : mentions) {
      if (mention.offset() > RuleContext.end(creation)
          && (mention.use() == Use.CLOSE || mention.use() == Use.WRONG_CLOSE)) {
        Optional<StatementContext> holder =
            Statements.statementAlone((ParserRuleContext) mention.node());
        if (mention.use() == Use.CLOSE
            && holder.isPresent()
            && holder.get().getParent() == block
            && Statements.isWholeStatement((PrimaryContext) mention.node())) {
          close = siblings.indexOf(holder.get());
        } else if (mention.use() == Use.WRONG_CLOSE) {
          return FixProposal.withhold(
              kind.awaitedClose()
                  ? "its close is not the awaited `" + kind.closeMethod() + "()`"
                  : "its close is not the plain `" + kind.closeMethod() + "()`");
        } else if (Statements.aloneStatement(mention.node()).isEmpty()) {
          return FixProposal.withhold("its close shares its line with another statement");
        } else {
          return FixProposal.withhold(
              "it is closed in another block than the one it is created in");
        }
        break;
      }
    }
    if (close < 0) {
      return FixProposal.withhold("it is closed in another block than the one it is created in");
    }
    if (kind.commitsOnExit()) {
      String why = commitsBeforeClose(siblings, siblings.indexOf(creation), close);
      if (why != null) {
        return FixProposal.withhold(why);
      }
    }
    int end = close + 1;
    if (kind.waitClosed() && end < siblings.size() && isWaitClosed(siblings.get(end))) {
      end++;
    }
    int closeStart = RuleContext.start(siblings.get(close));
    int afterClose = RuleContext.end(siblings.get(end - 1));
    for (Mention mention : mentions) {
      if (mention.offset() > RuleContext.end(creation) && mention.offset() < closeStart) {
        String why = blocker(mention.use());
        if (why != null) {
          return FixProposal.withhold(why);
        }
      }
    }
    if (usedAfter(siblings, end, afterClose)) {
      return FixProposal.withhold("it is used after it is closed");
    }
    return edits.wrap(
        creation, siblings.subList(close, end), Lines.lineStart(context.source(), closeStart));
  }

  /** The rewrite when nothing closes it: up to the end of its block. */
  private FixProposal rewriteNeverClosed(StatementContext creation, BlockContext block) {
    List<StatementContext> siblings = block.statement();
    StatementContext last = siblings.get(siblings.size() - 1);
    if (last == creation) {
      return FixProposal.withhold("nothing follows it in its block");
    }
    if (kind.commitsOnExit()) {
      return FixProposal.withhold(
          "leaving `async with` cleanly commits the transaction, where the connection left"
              + " open never committed what is pending");
    }
    int blockEnd = RuleContext.end(last);
    for (Mention mention : mentions) {
      if (mention.offset() < RuleContext.start(creation)) {
        if (mention.use() != Use.REBOUND) {
          // in a loop, the value of the pass before: it would be closed now
          return FixProposal.withhold("it is read before the statement that creates it");
        }
      } else if (mention.offset() >= blockEnd) {
        return FixProposal.withhold("it is used outside the block it is created in");
      } else if (mention.offset() > RuleContext.end(creation)) {
        String why = blocker(mention.use());
        if (why != null) {
          return FixProposal.withhold(why);
        }
      }
    }
    List<Token> tokens = model.module().tokens();
    Token lineBreak = Lines.lineBreak(tokens, last);
    int rangeEnd =
        Lines.isMissingLineBreak(lineBreak)
            ? lineBreak.getStartIndex()
            : lineBreak.getStopIndex() + 1;
    return edits.wrap(creation, List.of(), rangeEnd);
  }

  /**
   * Why the block's exit would commit what the close threw away (psycopg), or null: the statement
   * right before the close must be {@code await x.commit()}, and nothing before it may leave the
   * block ({@code return}, or {@code break} and {@code continue} of a loop around it), which would
   * commit there.
   */
  private String commitsBeforeClose(List<StatementContext> siblings, int creation, int close) {
    String uncommitted =
        "leaving `async with` cleanly commits the transaction, where `"
            + kind.closeMethod()
            + "()` threw away what was not committed: the fix needs `await "
            + name
            + ".commit()` right before the close";
    if (close - 1 <= creation || !isCommit(siblings.get(close - 1))) {
      return uncommitted;
    }
    for (StatementContext statement : siblings.subList(creation + 1, close - 1)) {
      if (leavesBlock(statement, statement)) {
        return "a `return`, `break` or `continue` before the commit would leave the block, and"
            + " `async with` would commit there what the close threw away";
      }
    }
    return null;
  }

  /** Whether the statement is {@code await x.commit()} on the resource, alone on its line. */
  private boolean isCommit(StatementContext statement) {
    return mentions.stream()
        .anyMatch(
            m ->
                m.offset() >= RuleContext.start(statement)
                    && m.offset() < RuleContext.end(statement)
                    && m.node() instanceof PrimaryContext primary
                    && isCommitCall(primary)
                    && Statements.isWholeStatement(primary)
                    && Statements.statementAlone(primary).filter(s -> s == statement).isPresent());
  }

  private boolean isCommitCall(PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    return trailers.size() == 2
        && trailers.get(0) instanceof AttributeContext attribute
        && attribute.name().getText().equals("commit")
        && trailers.get(1) instanceof CallContext arguments
        && arguments.arguments() == null
        && context.isAwaited(primary);
  }

  /**
   * Whether a {@code return} of the function, or a {@code break} or {@code continue} of no loop
   * inside {@code top}, lies in the node.
   */
  private boolean leavesBlock(ParseTree node, StatementContext top) {
    if (node instanceof ReturnStatementContext && model.scopeAt(node) == scope) {
      return true;
    }
    if ((node instanceof BreakStatementContext || node instanceof ContinueStatementContext)
        && !inLoopWithin(node, top)) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (leavesBlock(node.getChild(i), top)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a {@code break} or {@code continue} belongs to a loop inside {@code top}: it lies in
   * that loop's body (its {@code else} belongs to the loop around).
   */
  private static boolean inLoopWithin(ParseTree node, StatementContext top) {
    ParseTree child = node;
    for (ParseTree current = node.getParent();
        current != null && current != top.getParent();
        current = current.getParent()) {
      if ((current instanceof ForStatementContext loop && child == loop.block())
          || (current instanceof WhileStatementContext whileLoop && child == whileLoop.block())) {
        return true;
      }
      child = current;
    }
    return false;
  }

  /** Why a mention between the creation and the close rules out the rewrite, or null. */
  private String blocker(Use use) {
    return switch (use) {
      case LOCAL, WAIT_CLOSED -> null;
      case CLOSE, WRONG_CLOSE -> "it is closed in more than one place";
      case REBOUND -> "the name `" + name + "` is assigned again before the close";
      case HANDED_ON -> "it is returned or stored before the close";
      case MAY_KEEP ->
          "it is passed to a call that is not awaited at once, or used by a nested function,"
              + " which may keep it";
      case MANAGED -> "it is managed elsewhere";
    };
  }

  /**
   * Whether the name is used after the close, before a statement of the block assigns it afresh.
   */
  private boolean usedAfter(List<StatementContext> siblings, int from, int afterClose) {
    int fresh = Integer.MAX_VALUE;
    for (int i = from; i < siblings.size(); i++) {
      StatementContext sibling = siblings.get(i);
      List<Mention> inside =
          mentions.stream()
              .filter(
                  m ->
                      m.offset() >= RuleContext.start(sibling)
                          && m.offset() < RuleContext.end(sibling))
              .toList();
      if (inside.isEmpty()) {
        continue;
      }
      if (inside.size() == 1
          && inside.get(0).use() == Use.REBOUND
          && sibling.simpleStatements() != null
          && sibling.simpleStatements().simpleStatement().size() == 1
          && isPlainAssignment(inside.get(0).node())) {
        fresh = RuleContext.start(sibling);
      }
      break;
    }
    for (Mention mention : mentions) {
      if (mention.offset() >= afterClose && mention.offset() < fresh) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention is the one target of {@code name = value}. */
  private boolean isPlainAssignment(ParseTree node) {
    return node instanceof PrimaryContext primary
        && Statements.ancestor(primary, ExpressionStatementContext.class)
            .filter(statement -> statement.assignmentTail() != null)
            .flatMap(Statements::targetName)
            .isPresent();
  }

  private boolean isWaitClosed(StatementContext statement) {
    return mentions.stream()
        .anyMatch(
            m ->
                m.use() == Use.WAIT_CLOSED
                    && m.offset() >= RuleContext.start(statement)
                    && m.offset() < RuleContext.end(statement)
                    && Statements.isWholeStatement((PrimaryContext) m.node()));
  }
}
