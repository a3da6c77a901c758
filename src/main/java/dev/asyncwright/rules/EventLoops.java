package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
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

  private EventLoops() {}

  /**
   * Whether the receiver of the method called at {@code call} (the primary up to the attribute
   * before the call) is an event loop.
   */
  public static boolean receiverIsLoop(ModuleModel model, CallSite call) {
    List<TrailerContext> trailers = call.trailers();
    int receiverEnd = call.callIndex() - 1; // the attribute naming the method
    if (receiverEnd < 0) {
      return false;
    }
    if (receiverEnd == 0) {
      return call.primary() instanceof NameAtomContext name
          && assignedFromFactory(model, name.getStart().getText(), call.primary()).isPresent();
    }
    if (trailers.get(receiverEnd - 1) instanceof CallContext) {
      return model
          .calleeName(new CallSite(call.primary(), receiverEnd - 1))
          .filter(FACTORIES::contains)
          .isPresent();
    }
    return false;
  }

  /**
   * The statement {@code name = asyncio.get_event_loop()} (or another factory) in the scope of
   * {@code at}, if there is exactly one assignment of that name there and it is that.
   */
  public static Optional<ExpressionStatementContext> assignedFromFactory(
      ModuleModel model, String name, PrimaryContext at) {
    ExpressionStatementContext found = null;
    for (CallSite call : model.calls()) {
      if (!call.endsPrimary()) {
        continue;
      }
      Optional<ExpressionStatementContext> assignment = Statements.assignmentOf(call.primary());
      if (assignment.isEmpty()
          || !Statements.targetName(assignment.get()).equals(Optional.of(name))
          || model.scopeAt(call.primary()) != model.scopeAt(at)) {
        continue;
      }
      if (found != null) {
        return Optional.empty(); // assigned twice: which loop is meant is a guess
      }
      if (model.calleeName(call).filter(FACTORIES::contains).isEmpty()) {
        return Optional.empty();
      }
      found = assignment.get();
    }
    return Optional.ofNullable(found);
  }
}
