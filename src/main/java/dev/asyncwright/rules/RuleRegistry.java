package dev.asyncwright.rules;

import dev.asyncwright.rules.blocking.BlockingFileIo;
import dev.asyncwright.rules.blocking.BlockingHttp;
import dev.asyncwright.rules.blocking.BlockingInput;
import dev.asyncwright.rules.blocking.BlockingSleep;
import dev.asyncwright.rules.blocking.BlockingSubprocess;
import dev.asyncwright.rules.concurrency.BusyWait;
import dev.asyncwright.rules.concurrency.UnboundedFanOut;
import dev.asyncwright.rules.coroutine.AsyncWithoutAwait;
import dev.asyncwright.rules.coroutine.GeneratorCoroutine;
import dev.asyncwright.rules.coroutine.UnawaitedCoroutine;
import dev.asyncwright.rules.executor.RunInExecutor;
import dev.asyncwright.rules.loop.DeprecatedAsyncioApi;
import dev.asyncwright.rules.loop.GetEventLoopInCoroutine;
import dev.asyncwright.rules.loop.ManualEventLoop;
import dev.asyncwright.rules.loop.RemovedLoopArgument;
import dev.asyncwright.rules.loop.RunInCoroutine;
import dev.asyncwright.rules.resources.UnmanagedAsyncResource;
import dev.asyncwright.rules.syntax.AsyncCompileError;
import dev.asyncwright.rules.syntax.NewerSyntax;
import dev.asyncwright.rules.tasks.DanglingTask;
import dev.asyncwright.rules.tasks.EnsureFuture;
import dev.asyncwright.rules.tasks.ExceptAroundTaskGroup;
import dev.asyncwright.rules.tasks.Gather;
import dev.asyncwright.rules.tasks.ManualTasks;
import dev.asyncwright.rules.tasks.SwallowedCancellation;
import dev.asyncwright.rules.tasks.TaskConstructor;
import dev.asyncwright.rules.tasks.UncheckedGatherExceptions;
import dev.asyncwright.rules.testing.AsyncTestInTestCase;
import dev.asyncwright.rules.timeout.AsyncTimeoutPackage;
import dev.asyncwright.rules.timeout.SocketTimeoutAlias;
import dev.asyncwright.rules.timeout.TimeoutErrorAlias;
import dev.asyncwright.rules.timeout.TimeoutWithoutAwait;
import dev.asyncwright.rules.timeout.WaitFor;
import dev.asyncwright.rules.timeout.YieldInCancelScope;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule, in code order. Codes are public API: a rule's code never changes. */
public final class RuleRegistry {

  private static final List<Rule> ALL =
      List.<Rule>of(
              new NewerSyntax(),
              new AsyncCompileError(),
              new BlockingSleep(),
              new BlockingHttp(),
              new BlockingSubprocess(),
              new BlockingFileIo(),
              new BlockingInput(),
              new RunInExecutor(),
              new GetEventLoopInCoroutine(),
              new DanglingTask(),
              new EnsureFuture(),
              new TaskConstructor(),
              new ExceptAroundTaskGroup(),
              new Gather(),
              new ManualTasks(),
              new ManualEventLoop(),
              new RunInCoroutine(),
              new TimeoutErrorAlias(),
              new SocketTimeoutAlias(),
              new TimeoutWithoutAwait(),
              new YieldInCancelScope(),
              new AsyncTimeoutPackage(),
              new RemovedLoopArgument(),
              new DeprecatedAsyncioApi(),
              new AsyncWithoutAwait(),
              new WaitFor(),
              new SwallowedCancellation(),
              new UnawaitedCoroutine(),
              new GeneratorCoroutine(),
              new UncheckedGatherExceptions(),
              new UnboundedFanOut(),
              new BusyWait(),
              new UnmanagedAsyncResource(),
              new AsyncTestInTestCase())
          .stream()
          .sorted(Comparator.comparing(Rule::code))
          .toList();

  private RuleRegistry() {}

  public static List<Rule> all() {
    return ALL;
  }

  public static Optional<Rule> byCode(String code) {
    return ALL.stream().filter(rule -> rule.code().equalsIgnoreCase(code)).findFirst();
  }
}
