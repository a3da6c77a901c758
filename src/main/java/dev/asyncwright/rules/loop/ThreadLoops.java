package dev.asyncwright.rules.loop;

import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.rules.EventLoops;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.TestCode;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.Argument;
import dev.asyncwright.tree.Name;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What else a module does with the thread's current event loop, outside coroutines: what {@code
 * asyncio.run()} would break. It makes a loop of the default policy's kind, sets it as the thread's
 * loop while it runs, and leaves the thread with no current loop when it ends.
 */
final class ThreadLoops {

  /** Calls that install a loop or a policy of the code's own choosing. */
  private static final Set<String> OWN_LOOP =
      Set.of(
          "asyncio.set_event_loop_policy",
          "asyncio.events.set_event_loop_policy",
          "asyncio.set_event_loop",
          "asyncio.events.set_event_loop",
          "uvloop.install");

  private ThreadLoops() {}

  /**
   * Why {@code asyncio.run()} would not do what the module's loop does, or empty: {@code ours} are
   * the primaries of the calls of the lifecycle itself (its factory, its {@code set_event_loop}).
   */
  static Optional<String> whyNot(RuleContext context, Set<PrimaryContext> ours) {
    ModuleModel model = context.model();
    for (CallSite call : model.calls()) {
      if (ours.contains(call.primary()) || model.inCoroutine(call.primary())) {
        continue;
      }
      Optional<String> callee = model.calleeName(call);
      if (callee.filter(OWN_LOOP::contains).isPresent() && !setsDefaultLoop(model, call)) {
        return Optional.of(
            "line "
                + line(context, call)
                + " sets an event loop or policy of the module's own (`"
                + callee.get()
                + "()`), which `asyncio.run()` would not use");
      }
      if (callee.filter(EventLoops.THREAD_LOOP::contains).isPresent()) {
        return Optional.of(
            "`get_event_loop()` on line "
                + line(context, call)
                + " expects the thread's event loop, which `asyncio.run()` leaves unset when it"
                + " ends");
      }
    }
    if (TestCode.isTestModule(context)) {
      return Optional.of(
          "this is a test module: `asyncio.run()` leaves the thread with no event loop when it"
              + " ends, where fixtures and later tests may expect one");
    }
    return Optional.empty();
  }

  /**
   * Whether the call is {@code set_event_loop(None)} or sets a loop of the default kind: a name
   * assigned from {@code new_event_loop()} or {@code get_event_loop()} in its scope.
   */
  private static boolean setsDefaultLoop(ModuleModel model, CallSite call) {
    List<Argument> arguments = call.view().arguments();
    if (arguments.size() != 1 || arguments.get(0).kind() != Argument.Kind.POSITIONAL) {
      return false;
    }
    if (arguments.get(0).context().getText().equals("None")) {
      return true;
    }
    return arguments
        .get(0)
        .value()
        .filter(Name.class::isInstance)
        .map(Name.class::cast)
        .flatMap(name -> EventLoops.assignedFromFactory(model, name.identifier(), name.context()))
        .isPresent();
  }

  private static int line(RuleContext context, CallSite call) {
    return context.source().positionOfCodePoint(RuleContext.start(call.primary())).line();
  }
}
