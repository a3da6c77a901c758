package dev.asyncwright.rules.executor;

import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.rules.Names;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.Argument;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Call;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import dev.asyncwright.tree.ValueUse;
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
  static boolean isOnlyCalledBack(ModuleModel model, CallSite site) {
    Call call = site.view();
    if (!call.endsPrimary()) {
      return Expression.of(call.context(), call.index() + 2) instanceof Attribute method
          && FUTURE_METHODS.contains(method.name());
    }
    if (!(call.use() instanceof ValueUse.Assigned assigned) || assigned.name().isEmpty()) {
      return false;
    }
    Name target = assigned.name().get();
    return Names.onlyMentionedBy(
        model,
        target.identifier(),
        model.scopeAt(call.context()).node(),
        mention -> mention == target.context() || calledBack(mention) || kept(mention));
  }

  /** {@code fut.add_done_callback(...)} or {@code fut.cancel()}. */
  private static boolean calledBack(PrimaryContext mention) {
    return Expression.of(mention) instanceof Call call
        && call.callee() instanceof Attribute method
        && FUTURE_METHODS.contains(method.name())
        && method.object() instanceof Name;
  }

  /** {@code pending.add(fut)}: the future, alone, as the argument of a keeping method. */
  private static boolean kept(PrimaryContext mention) {
    Expression future = Expression.of(mention);
    return future instanceof Name
        && future.use() instanceof ValueUse.Passed passed
        && passed.argument().kind() == Argument.Kind.POSITIONAL
        && passed.call().arguments().size() == 1
        && passed.call().callee() instanceof Attribute method
        && KEEPING.contains(method.name());
  }
}
