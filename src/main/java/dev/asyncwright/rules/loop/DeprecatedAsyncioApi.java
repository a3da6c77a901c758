package dev.asyncwright.rules.loop;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.References;
import dev.asyncwright.rules.RewrittenImports;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.VersionBranches;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AW605: asyncio's APIs that Python 3.14 deprecates or removes, wherever the code names them: the
 * event loop policy system and {@code asyncio.iscoroutinefunction} (deprecated in 3.14, to go in
 * 3.16), and the child watchers (deprecated in 3.12, gone in 3.14).
 */
public final class DeprecatedAsyncioApi implements Rule {

  private static final String POLICIES =
      "is deprecated since Python 3.14 and goes in 3.16, with the rest of the event loop policy"
          + " system: choose the loop with `loop_factory=` of `asyncio.run()` or"
          + " `asyncio.Runner` (3.12)";
  private static final String WATCHERS =
      "was removed in Python 3.14 (deprecated since 3.12): asyncio watches its child processes"
          + " itself";

  /** Each API by the names it has in asyncio, with what becomes of it. */
  private static final Map<String, String> APIS = apis();

  private static Map<String, String> apis() {
    Map<String, String> apis = new LinkedHashMap<>();
    put(
        apis,
        "events",
        POLICIES,
        "get_event_loop_policy",
        "set_event_loop_policy",
        "AbstractEventLoopPolicy",
        "DefaultEventLoopPolicy",
        "WindowsSelectorEventLoopPolicy",
        "WindowsProactorEventLoopPolicy");
    put(
        apis,
        "unix_events",
        WATCHERS,
        "get_child_watcher",
        "set_child_watcher",
        "AbstractChildWatcher",
        "SafeChildWatcher",
        "FastChildWatcher",
        "MultiLoopChildWatcher",
        "PidfdChildWatcher",
        "ThreadedChildWatcher");
    put(
        apis,
        "coroutines",
        "is deprecated since Python 3.14 and goes in 3.16: use `inspect.iscoroutinefunction()`",
        "iscoroutinefunction");
    return Map.copyOf(apis);
  }

  /** Each name as asyncio exports it and as its submodule defines it, with what becomes of it. */
  private static void put(
      Map<String, String> apis, String submodule, String fate, String... names) {
    for (String name : names) {
      apis.put("asyncio." + name, fate);
      apis.put("asyncio." + submodule + "." + name, fate);
    }
  }

  private static final Set<String> LAST_NAMES = lastNames();

  private static Set<String> lastNames() {
    Set<String> names = new java.util.HashSet<>();
    APIS.keySet().forEach(api -> names.add(api.substring(api.lastIndexOf('.') + 1)));
    return Set.copyOf(names);
  }

  @Override
  public String code() {
    return "AW605";
  }

  @Override
  public String name() {
    return "deprecated-asyncio-api";
  }

  @Override
  public Set<String> requiredNames() {
    return LAST_NAMES;
  }

  @Override
  public String fixSummary() {
    return "`inspect.iscoroutinefunction(...)`; advice for the rest";
  }

  @Override
  public String finds() {
    return "asyncio's policies, child watchers, `iscoroutinefunction` (3.14)";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Every use (a call, an attribute read, a base class; not the import itself) of what"
            + " Python 3.14 deprecates or removes in asyncio, however imported: the event loop"
            + " policy system (`get_event_loop_policy`, `set_event_loop_policy`,"
            + " `AbstractEventLoopPolicy`, `DefaultEventLoopPolicy`,"
            + " `WindowsSelectorEventLoopPolicy`, `WindowsProactorEventLoopPolicy`; deprecated"
            + " in 3.14, to go in 3.16), `asyncio.iscoroutinefunction` (the same), and the child"
            + " watchers (`get_child_watcher`, `set_child_watcher`, the `*ChildWatcher` classes;"
            + " deprecated in 3.12, removed in 3.14). Not in a tree that holds asyncio itself"
            + " (a checkout of CPython's `Lib`), which defines them; not in code that runs only"
            + " before 3.14 (`if sys.version_info < (3, 14):`, or after `sys.version_info < (3,"
            + " 14) and`); and `asyncio.iscoroutinefunction` only where it is called, not where"
            + " a shim picks the function for older Pythons.",
        "On 3.14 the deprecated ones warn at every use and will break on 3.16; the child"
            + " watchers are gone, and code that names them fails with `AttributeError` there."
            + " The replacements exist on every Python the project is likely to support:"
            + " `asyncio.run(main(), loop_factory=...)` and `asyncio.Runner` (3.12; uvloop's"
            + " `uvloop.run()`), `inspect.iscoroutinefunction()` (3.5).",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "def schedule(function):\n"
            + "    if asyncio.iscoroutinefunction(function):\n"
            + "        return asyncio.ensure_future(function())\n"
            + "    return function()",
        "import asyncio\n"
            + "import inspect\n"
            + "\n"
            + "\n"
            + "def schedule(function):\n"
            + "    if inspect.iscoroutinefunction(function):\n"
            + "        return asyncio.ensure_future(function())\n"
            + "    return function()",
        "`asyncio.iscoroutinefunction(f)` becomes `inspect.iscoroutinefunction(f)` (unsafe: asyncio's"
            + " also says yes for an object marked with asyncio's private `_is_coroutine`, as some"
            + " mocks and old `@asyncio.coroutine` functions are; `import inspect` is added, and the"
            + " import of asyncio goes when that was its last use). Advice only for the policies"
            + " (how the loop is chosen moves to where it is made) and the child watchers (the"
            + " code around them is usually dropped).",
        "any (the fix needs nothing newer than 3.5)");
  }

  @Override
  public void check(RuleContext context) {
    if (context.isProjectClass("asyncio.events.AbstractEventLoopPolicy")) {
      return; // asyncio itself (a checkout of CPython's Lib): it defines them
    }
    ModuleModel model = context.model();
    VersionBranches before314 = null;
    Map<String, List<PrimaryContext>> fixableByHead = new LinkedHashMap<>();
    for (PrimaryContext primary : model.namePrimaries()) {
      if (!References.mayRead(primary, LAST_NAMES, LAST_NAMES)) {
        continue;
      }
      if (before314 == null) {
        before314 = VersionBranches.of(model, DEPRECATING);
      }
      if (before314.neverRuns(RuleContext.start(primary)) || guardedOlder(primary)) {
        continue; // code that runs only before 3.14, where these are what to use
      }
      Optional<References.Reference> read = References.to(model, primary, APIS.keySet());
      if (read.isEmpty()) {
        continue;
      }
      String api = read.get().qualified();
      int attributes = read.get().attributes();
      List<TrailerContext> trailers = read.get().trailers();
      if (api.endsWith(".iscoroutinefunction")
          && !(attributes < trailers.size() && trailers.get(attributes) instanceof CallContext)) {
        continue; // the function itself, as a shim picks it for older Pythons (asgiref does)
      }
      if (api.endsWith(".iscoroutinefunction") && attributes == 1) {
        fixableByHead
            .computeIfAbsent(primary.getStart().getText(), head -> new ArrayList<>())
            .add(primary);
        continue;
      }
      int end =
          attributes == 0
              ? primary.getStart().getStopIndex() + 1
              : RuleContext.end(trailers.get(attributes - 1));
      context.report(
          Finding.of(
              code(),
              "`"
                  + api.replace(".events.", ".").replace(".unix_events.", ".")
                  + "` "
                  + APIS.get(api),
              RuleContext.start(primary),
              end));
    }
    fixableByHead.forEach(
        (head, uses) -> {
          List<Edit> importRemoval = RewrittenImports.removalWith(context, head, uses);
          for (PrimaryContext use : uses) {
            context.report(finding(use), fix(context, use, importRemoval));
          }
        });
  }

  private Finding finding(PrimaryContext use) {
    TrailerContext attribute = use.getRuleContexts(TrailerContext.class).get(0);
    return Finding.of(
        code(),
        "`asyncio.iscoroutinefunction` " + APIS.get("asyncio.iscoroutinefunction"),
        RuleContext.start(use),
        RuleContext.end(attribute));
  }

  private static Fix fix(RuleContext context, PrimaryContext use, List<Edit> importRemoval) {
    ModuleReference inspect = context.imports().module("inspect", use);
    TrailerContext attribute = use.getRuleContexts(TrailerContext.class).get(0);
    List<Edit> edits = new ArrayList<>(importRemoval);
    edits.add(
        new Edit(
            RuleContext.start(use),
            RuleContext.end(attribute),
            inspect.name() + ".iscoroutinefunction"));
    return new Fix(
        "Replace with `" + inspect.name() + ".iscoroutinefunction`",
        Applicability.UNSAFE,
        new PythonVersion(5),
        RuleContext.with(inspect.importEdit(), edits.toArray(Edit[]::new)));
  }

  /** The version that deprecates or removes them. */
  private static final PythonVersion DEPRECATING = new PythonVersion(14);

  /** {@code sys.version_info < (3, N) and} before the use, in the same operation. */
  private static final Pattern OLDER_AND =
      Pattern.compile(".*sys\\.version_info(?:\\[:2\\])?(<|<=)\\(3,(\\d+)\\)and");

  /**
   * Whether the use stands after {@code sys.version_info < (3, 14) and}, as aiohttp writes its
   * calls of {@code asyncio.iscoroutinefunction} for older Pythons.
   */
  private static boolean guardedOlder(PrimaryContext primary) {
    if (!(primary.getParent() instanceof OperationContext operation)) {
      return false;
    }
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < operation.getChildCount() && operation.getChild(i) != primary; i++) {
      before.append(operation.getChild(i).getText());
    }
    Matcher older = OLDER_AND.matcher(before);
    if (!older.matches()) {
      return false;
    }
    int minor = Integer.parseInt(older.group(2)) + (older.group(1).equals("<=") ? 1 : 0);
    return minor <= DEPRECATING.minor();
  }
}
