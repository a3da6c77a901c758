package dev.asyncwright.rules.tasks;

import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ElementsContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ListDisplayContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.StarNamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether a {@code gather()} only joins tasks made before it ({@code ts = [loop.create_task(...)
 * for ...]}, {@code self._futures.append(asyncio.Task(...))}, then {@code await gather(*ts)}). The
 * tasks run from the moment they are made, and the code in between often relies on that (it waits
 * until they block, checks they are pending); a TaskGroup cannot adopt tasks that exist, so the
 * advice would mean rebuilding the code around them.
 */
final class ExistingTasks {

  private ExistingTasks() {}

  /** Whether every argument of the gather is a task or future made before it. */
  static boolean onlyJoined(ModuleModel model, CallSite gather) {
    List<ArgumentContext> arguments = gather.arguments();
    if (arguments.isEmpty()) {
      return false;
    }
    for (ArgumentContext argument : arguments) {
      boolean made =
          argument instanceof StarArgumentContext star
              ? holdsOnlyTasks(model, star.expression(), gather)
              : argument instanceof ValueArgumentContext value
                  && value.EQUAL() == null
                  && value.comprehension() == null
                  && isTask(model, value.expression(0), gather);
      if (!made) {
        return false;
      }
    }
    return true;
  }

  /** A call that makes a task or future, or a name bound (in the function) only to one. */
  private static boolean isTask(ModuleModel model, ExpressionContext expression, CallSite gather) {
    Optional<CallSite> call = Awaitables.callIn(expression);
    if (call.isPresent()) {
      return Awaitables.returnsFuture(model, call.get());
    }
    Optional<String> name = Statements.soleOperand(expression).flatMap(Statements::bareName);
    return name.isPresent()
        && assignedOnlyTasks(model, name.get(), model.scopeAt(gather.primary()).node(), false);
  }

  /**
   * Whether the collection a gather unpacks ({@code *ts}, {@code *self._futures}) is filled with
   * tasks only: every assignment to it is a list of task calls (or empty), every {@code
   * append}/{@code add} adds a task, and at least one task goes in.
   */
  private static boolean holdsOnlyTasks(
      ModuleModel model, ExpressionContext collection, CallSite gather) {
    Optional<PrimaryContext> primary = Statements.soleOperand(collection);
    if (primary.isEmpty()) {
      return false;
    }
    String text = primary.get().getText();
    boolean attribute = !primary.get().getRuleContexts(TrailerContext.class).isEmpty();
    if (attribute && !text.matches("self\\.\\w+")) {
      return false;
    }
    // a name is the function's own; an attribute of self is filled by any method of the class
    ParseTree where = attribute ? model.module().tree() : model.scopeAt(gather.primary()).node();
    return assignedOnlyTasks(model, text, where, true);
  }

  /**
   * Whether, within {@code where}, {@code target} (a name or {@code self.x}) is given tasks only:
   * assigned a task call (or, for a collection, a list of them or an empty list), or appended one.
   */
  private static boolean assignedOnlyTasks(
      ModuleModel model, String target, ParseTree where, boolean collection) {
    int[] tasks = {0};
    boolean[] other = {false};
    visit(model, where, target, collection, tasks, other);
    return tasks[0] > 0 && !other[0];
  }

  private static void visit(
      ModuleModel model,
      ParseTree node,
      String target,
      boolean collection,
      int[] tasks,
      boolean[] other) {
    if (node instanceof ExpressionStatementContext statement
        && Statements.assignedValue(statement).isPresent()
        && statement.starExpressions().getText().equals(target)) {
      Optional<ExpressionContext> value =
          Statements.assignedValue(statement).flatMap(Statements::single);
      int made = value.map(v -> tasksIn(model, v, collection)).orElse(-1);
      if (made < 0) {
        other[0] = true;
      } else {
        tasks[0] += made;
      }
    }
    if (collection && node instanceof PrimaryContext primary) {
      appended(model, primary, target)
          .ifPresent(
              isTask -> {
                if (isTask) {
                  tasks[0]++;
                } else {
                  other[0] = true;
                }
              });
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      visit(model, node.getChild(i), target, collection, tasks, other);
    }
  }

  /**
   * The tasks an assigned value makes: 1 for a task call, the elements of a list of task calls (or
   * a comprehension of one), 0 for an empty list; -1 for anything else.
   */
  private static int tasksIn(ModuleModel model, ExpressionContext value, boolean collection) {
    Optional<CallSite> call = Awaitables.callIn(value);
    if (call.isPresent()) {
      return !collection && Awaitables.returnsFuture(model, call.get()) ? 1 : -1;
    }
    Optional<PrimaryContext> primary = Statements.soleOperand(value);
    if (!collection
        || primary.isEmpty()
        || !(primary.get() instanceof ListDisplayContext list)
        || !list.getRuleContexts(TrailerContext.class).isEmpty()) {
      return -1;
    }
    ElementsContext elements = list.elements();
    if (elements == null) {
      return 0;
    }
    int made = 0;
    for (StarNamedExpressionContext element : elements.starNamedExpression()) {
      Optional<CallSite> item =
          element.namedExpression() == null || element.namedExpression().expression().size() != 1
              ? Optional.empty()
              : Awaitables.callIn(element.namedExpression().expression(0));
      if (item.isEmpty() || !Awaitables.returnsFuture(model, item.get())) {
        return -1;
      }
      made++;
    }
    return made;
  }

  /**
   * For {@code target.append(x)} or {@code target.add(x)}: whether {@code x} is a task (a task
   * call, or a name the enclosing function binds only to one); empty for any other primary.
   */
  private static Optional<Boolean> appended(
      ModuleModel model, PrimaryContext primary, String target) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (trailers.size() < 2
        || !(trailers.get(trailers.size() - 1)
            instanceof dev.asyncwright.python.antlr.PythonParser.CallContext call)
        || !(trailers.get(trailers.size() - 2) instanceof AttributeContext method)
        || !(method.name().getText().equals("append") || method.name().getText().equals("add"))) {
      return Optional.empty();
    }
    String receiver =
        primary
            .getText()
            .substring(
                0,
                primary.getText().length() - method.getText().length() - call.getText().length());
    if (!receiver.equals(target)) {
      return Optional.empty();
    }
    if (call.arguments() == null
        || call.arguments().argument().size() != 1
        || !(call.arguments().argument(0) instanceof ValueArgumentContext value)
        || value.EQUAL() != null
        || value.comprehension() != null) {
      return Optional.of(false);
    }
    ExpressionContext item = value.expression(0);
    Optional<CallSite> made = Awaitables.callIn(item);
    if (made.isPresent()) {
      return Optional.of(Awaitables.returnsFuture(model, made.get()));
    }
    Optional<String> name = Statements.soleOperand(item).flatMap(Statements::bareName);
    return Optional.of(
        name.isPresent()
            && assignedOnlyTasks(model, name.get(), model.scopeAt(primary).node(), false));
  }
}
