package dev.asyncwright.rules.resources;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.BlockContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.DelStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptStarClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FinallyClauseContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.rules.resources.Mention.Use;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * One known resource assigned to a local name in a coroutine, {@code x = aiohttp.ClientSession()},
 * with every mention of the name in its function: whether the code closes it by hand, and whether
 * it needs no {@code async with} at all.
 */
record OpenedResource(
    ResourceKind kind,
    CallSite call,
    ExpressionStatementContext assignment,
    String name,
    FunctionDefContext function,
    Scope scope,
    List<Mention> mentions) {

  /** Context managers under which a statement is expected to raise. */
  private static final Set<String> RAISES =
      Set.of("raises", "assertRaises", "assertRaisesRegex", "suppress");

  /**
   * The resource a call makes, if it is a known one assigned to a name of the function's own scope.
   * {@code aliases}: the names the file imports the creators by ({@code from aiofiles import open
   * as aopen}).
   */
  static Optional<OpenedResource> madeBy(RuleContext context, CallSite call, Set<String> aliases) {
    ModuleModel model = context.model();
    if (!call.endsPrimary()
        || !call.calledName()
            .filter(n -> KnownResources.CALLED.contains(n) || aliases.contains(n))
            .isPresent()) {
      return Optional.empty();
    }
    ResourceKind kind = model.calleeName(call).flatMap(KnownResources::made).orElse(null);
    if (kind == null || context.isAwaited(call.primary()) != kind.awaitedCreation()) {
      return Optional.empty();
    }
    Optional<ExpressionStatementContext> assignment = Statements.assignmentOf(call.primary());
    Optional<String> name = assignment.flatMap(Statements::targetName);
    Optional<FunctionDefContext> function = model.enclosingFunction(call.primary());
    if (name.isEmpty() || function.isEmpty()) {
      return Optional.empty();
    }
    Scope scope = model.scopeAt(call.primary());
    if (!model.bindingScope(name.get(), call.primary()).equals(Optional.of(scope))) {
      return Optional.empty(); // global or nonlocal: the module or an enclosing function owns it
    }
    List<Mention> mentions = ResourceMentions.in(context, kind, name.get(), scope, function.get());
    return Optional.of(
        new OpenedResource(
            kind, call, assignment.get(), name.get(), function.get(), scope, mentions));
  }

  /** Whether a later statement closes it (in the documented way or not). */
  boolean closed() {
    int created = RuleContext.end(assignment);
    return mentions.stream()
        .anyMatch(
            m -> m.offset() > created && (m.use() == Use.CLOSE || m.use() == Use.WRONG_CLOSE));
  }

  /**
   * Whether the code needs no {@code async with}: the resource is closed on every way out by other
   * means, handed on when never closed here (or dropped with {@code del}, on purpose), closed by
   * the very next statement, or expected not to be made at all.
   */
  boolean safeAsIs() {
    return managedElsewhere()
        || (!closed() && handedOn())
        // nothing stands between the creation and the close that could skip it
        || closedRightAway()
        // `with pytest.raises(...)`: the point is that the creation fails
        || expectedToRaise();
  }

  /** Whether something else closes it: {@code async with x}, an exit stack, a handler. */
  private boolean managedElsewhere() {
    return mentions.stream()
        .anyMatch(m -> m.use() == Use.MANAGED || (m.use() == Use.CLOSE && onErrorPath(m.node())));
  }

  /** Whether it is returned, stored, handed to what may keep it, or deleted after it is made. */
  private boolean handedOn() {
    int created = RuleContext.end(assignment);
    return mentions.stream()
        .anyMatch(
            m ->
                m.offset() > created
                    && (m.use() == Use.HANDED_ON
                        || m.use() == Use.MAY_KEEP
                        || Statements.ancestor(m.node(), DelStatementContext.class).isPresent()));
  }

  /**
   * Whether the creation ends the block of a {@code with} that expects it to raise ({@code with
   * pytest.raises(TypeError):}, {@code self.assertRaises(...)}, {@code contextlib.suppress}).
   */
  private boolean expectedToRaise() {
    Optional<StatementContext> statement = Statements.statementAlone(assignment);
    if (statement.isEmpty()
        || !(statement.get().getParent() instanceof BlockContext block)
        || block.statement().get(block.statement().size() - 1) != statement.get()
        || !(block.getParent() instanceof WithStatementContext with)) {
      return false;
    }
    for (WithItemContext item : with.withItem()) {
      Optional<PrimaryContext> manager = Statements.soleOperand(item.expression());
      List<TrailerContext> trailers =
          manager.map(m -> m.getRuleContexts(TrailerContext.class)).orElse(List.of());
      String called =
          trailers.size() >= 2 && trailers.get(trailers.size() - 2) instanceof AttributeContext a
              ? a.name().getText()
              : trailers.size() == 1 ? manager.get().getStart().getText() : "";
      if (!trailers.isEmpty()
          && trailers.get(trailers.size() - 1) instanceof CallContext
          && RAISES.contains(called)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the statement right after the creation is the close, alone. */
  private boolean closedRightAway() {
    Optional<StatementContext> statement = Statements.statementAlone(assignment);
    if (statement.isEmpty()) {
      return false;
    }
    List<StatementContext> siblings =
        ((ParserRuleContext) statement.get().getParent()).getRuleContexts(StatementContext.class);
    int next = siblings.indexOf(statement.get()) + 1;
    if (next >= siblings.size()) {
      return false;
    }
    StatementContext following = siblings.get(next);
    return mentions.stream()
        .anyMatch(
            m ->
                m.use() == Use.CLOSE
                    && m.node() instanceof PrimaryContext primary
                    && Statements.isWholeStatement(primary)
                    && Statements.statementAlone(primary).filter(s -> s == following).isPresent());
  }

  /** Whether a node runs on the way out after an error: in a {@code finally} or an handler. */
  private boolean onErrorPath(ParseTree node) {
    for (ParseTree current = node.getParent();
        current != null && current != function;
        current = current.getParent()) {
      if (current instanceof FinallyClauseContext
          || current instanceof ExceptClauseContext
          || current instanceof ExceptStarClauseContext) {
        return true;
      }
    }
    return false;
  }
}
