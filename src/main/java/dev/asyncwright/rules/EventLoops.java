package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleFact;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.tree.Call;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression is an event loop: a call of {@code asyncio.get_running_loop()}, {@code
 * get_event_loop()} or {@code new_event_loop()}, or a name assigned from one in the same scope.
 * Method names alone ({@code run_in_executor}) never decide.
 */
public final class EventLoops {

  /** The calls that give an event loop. */
  public static final Set<String> FACTORIES =
      Set.of(
          "asyncio.get_running_loop",
          "asyncio.get_event_loop",
          "asyncio.new_event_loop",
          "asyncio.events.get_running_loop",
          "asyncio.events.get_event_loop",
          "asyncio.events.new_event_loop");

  /**
   * The calls that give a loop a synchronous caller may run by hand: the thread's current loop or a
   * new one. {@code get_running_loop()} is not one: outside a running loop it raises.
   */
  public static final Set<String> THREAD_OR_NEW =
      Set.of(
          "asyncio.get_event_loop",
          "asyncio.new_event_loop",
          "asyncio.events.get_event_loop",
          "asyncio.events.new_event_loop");

  /** The calls that give the thread's current loop (or make one). */
  public static final Set<String> THREAD_LOOP =
      Set.of("asyncio.get_event_loop", "asyncio.events.get_event_loop");

  private EventLoops() {}

  /**
   * Whether the receiver of the method called at {@code call} (the primary up to the attribute
   * before the call) is an event loop.
   */
  public static boolean receiverIsLoop(ModuleModel model, CallSite call) {
    if (call.callIndex() == 0) {
      return false;
    }
    // the value before the trailer that names the method
    Expression receiver = Expression.of(call.primary(), call.callIndex() - 1);
    if (receiver instanceof Name name) {
      return assignedFromFactory(model, name.identifier(), call.primary()).isPresent();
    }
    return receiver instanceof Call made
        && model
            .calleeName(new CallSite(made.context(), made.index()))
            .filter(FACTORIES::contains)
            .isPresent();
  }

  /**
   * The statement {@code name = asyncio.get_event_loop()} (or another factory) in the scope of
   * {@code at}, if there is exactly one assignment of that name there and it is that.
   */
  public static Optional<ExpressionStatementContext> assignedFromFactory(
      ModuleModel model, String name, PrimaryContext at) {
    List<CallSite> assigned =
        model.fact(ASSIGNMENTS).getOrDefault(new ScopedName(model.scopeAt(at), name), List.of());
    if (assigned.size() != 1) {
      return Optional.empty(); // never, or twice: which loop is meant is a guess
    }
    CallSite call = assigned.get(0);
    if (model.calleeName(call).filter(FACTORIES::contains).isEmpty()) {
      return Optional.empty();
    }
    return Statements.assignmentOf(call.primary());
  }

  private record ScopedName(Scope scope, String name) {}

  /** Per module, once: the calls assigned to a bare name ({@code x = f()}), by scope and name. */
  private static final ModuleFact<Map<ScopedName, List<CallSite>>> ASSIGNMENTS =
      new ModuleFact<>(EventLoops::callAssignments);

  private static Map<ScopedName, List<CallSite>> callAssignments(ModuleModel model) {
    Map<ScopedName, List<CallSite>> byName = new HashMap<>();
    for (CallSite call : model.calls()) {
      if (!call.endsPrimary()) {
        continue;
      }
      Statements.assignmentOf(call.primary())
          .flatMap(Statements::targetName)
          .ifPresent(
              target ->
                  byName
                      .computeIfAbsent(
                          new ScopedName(model.scopeAt(call.primary()), target),
                          key -> new ArrayList<>())
                      .add(call));
    }
    return byName;
  }
}
