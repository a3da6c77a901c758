package dev.asyncwright.rules.executor;

import dev.asyncwright.python.antlr.PythonParser.ArgumentsContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Names;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Futures of {@code run_in_executor} that nobody awaits: the code only gives them a callback,
 * cancels them or keeps them in a set ({@code fut.add_done_callback(...)}, {@code
 * pending.add(fut)}). The work is submitted to the executor at once and runs even if the loop is
 * closing; as a {@code to_thread} coroutine it would need a task around it, which submits it a turn
 * later and can be cancelled before it starts. There the future is the right tool.
 */
final class CallbackOnlyFutures {

  /** Methods of the future that do not wait for it. */
  private static final Set<String> FUTURE_METHODS = Set.of("add_done_callback", "cancel");

  /** Methods of a container that keeps the future without waiting for it. */
  private static final Set<String> KEEPING = Set.of("add", "discard");

  private CallbackOnlyFutures() {}

  /** Whether the future the call returns is only called back, cancelled or kept, never awaited. */
  static boolean isOnlyCalledBack(ModuleModel model, CallSite call) {
    if (!call.endsPrimary()) {
      return call.trailers().get(call.callIndex() + 1) instanceof AttributeContext method
          && FUTURE_METHODS.contains(method.name().getText());
    }
    Optional<ExpressionStatementContext> assignment = Statements.assignmentOf(call.primary());
    Optional<PrimaryContext> target =
        assignment
            .map(ExpressionStatementContext::starExpressions)
            .flatMap(Statements::single)
            .flatMap(Statements::soleOperand);
    Optional<String> name = target.flatMap(Statements::bareName);
    if (name.isEmpty()) {
      return false;
    }
    return Names.onlyMentionedBy(
        model,
        name.get(),
        model.scopeAt(call.primary()).node(),
        mention -> mention == target.get() || calledBack(mention) || kept(mention));
  }

  /** {@code fut.add_done_callback(...)} or {@code fut.cancel()}. */
  private static boolean calledBack(PrimaryContext mention) {
    List<TrailerContext> trailers = mention.getRuleContexts(TrailerContext.class);
    return trailers.size() == 2
        && trailers.get(0) instanceof AttributeContext method
        && FUTURE_METHODS.contains(method.name().getText())
        && trailers.get(1) instanceof CallContext;
  }

  /** {@code pending.add(fut)}: the future, alone, as the argument of a keeping method. */
  private static boolean kept(PrimaryContext mention) {
    if (!mention.getRuleContexts(TrailerContext.class).isEmpty()
        || !(mention.getParent().getParent() instanceof ExpressionContext expression)
        || Statements.soleOperand(expression).orElse(null) != mention
        || !(expression.getParent() instanceof ValueArgumentContext argument)
        || argument.EQUAL() != null
        || !(argument.getParent() instanceof ArgumentsContext arguments)
        || arguments.argument().size() != 1
        || !(arguments.getParent() instanceof CallContext call)
        || !(call.getParent() instanceof PrimaryContext keeper)) {
      return false;
    }
    List<TrailerContext> trailers = keeper.getRuleContexts(TrailerContext.class);
    int index = trailers.indexOf(call);
    return index > 0
        && trailers.get(index - 1) instanceof AttributeContext method
        && KEEPING.contains(method.name().getText());
  }
}
