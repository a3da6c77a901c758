package dev.asyncwright.rules.blocking;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.tree.ValueUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rewrite the blocking rules share: a blocking call {@code f(a, b=1)} in a coroutine becomes
 * {@code await asyncio.to_thread(f, a, b=1)}. The callee and every argument keep their exact source
 * text (comments, line breaks and trailing commas included); an existing {@code await} in front of
 * the call is kept rather than doubled; a call followed by more trailers ({@code f(x).y}) is
 * parenthesized: {@code (await asyncio.to_thread(f, x)).y}. {@code asyncio} is named through the
 * module's own alias, or imported.
 *
 * <p>No fix is offered where {@code await} would change more than the call: in a generator
 * expression (the generator would become an async generator) and as the context expression of a
 * {@code with} item (the work in the block, and the exit, would still block).
 */
final class ToThreadRewrite {

  /** {@code asyncio.to_thread} came with Python 3.9. */
  static final PythonVersion TO_THREAD = new PythonVersion(9);

  private ToThreadRewrite() {}

  /** A finding over the whole call, callee included. */
  static Finding finding(String code, String message, CallSite call) {
    return Finding.of(
        code, message, RuleContext.start(call.primary()), RuleContext.end(call.call()));
  }

  /** Reports the finding with the {@code to_thread} fix, or without a fix where none is sound. */
  static void report(RuleContext context, Finding finding, CallSite call) {
    Optional<Fix> fix = fix(context, call);
    if (fix.isPresent()) {
      context.report(finding, fix.get());
    } else {
      context.report(finding);
    }
  }

  /** The {@code await asyncio.to_thread(f, ...)} fix of a call, if it can be expressed. */
  static Optional<Fix> fix(RuleContext context, CallSite call) {
    if (isWithContext(call) || call.view().inGeneratorExpression()) {
      return Optional.empty();
    }
    PrimaryContext primary = call.primary();
    ModuleReference asyncio = context.imports().module("asyncio", primary);
    int start = RuleContext.start(primary);
    int open = call.call().getStart().getStartIndex(); // the call's '('
    // `f (x)`: the blanks before the parenthesis are not part of the callee's text
    String callee = context.text(start, open).replaceAll("[ \\t]+$", "");
    boolean ends = call.endsPrimary();
    boolean awaited = ends && context.isAwaited(primary);
    String separator = "";
    if (call.call().arguments() != null) {
      String next = context.text(open + 1, open + 2);
      separator = next.isBlank() ? "," : ", ";
    }
    String prefix =
        (ends ? "" : "(")
            + (awaited ? "" : "await ")
            + asyncio.name()
            + ".to_thread("
            + callee
            + separator;
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit(start, open + 1, prefix));
    if (!ends) {
      edits.add(Edit.insert(RuleContext.end(call.call()), ")"));
    }
    asyncio.importEdit().ifPresent(edits::add);
    return Optional.of(
        new Fix(
            "Run it in a worker thread: `await " + asyncio.name() + ".to_thread(...)`",
            Applicability.UNSAFE,
            TO_THREAD,
            edits));
  }

  /** Whether the call is the whole context expression of a {@code with} item. */
  static boolean isWithContext(CallSite call) {
    return call.endsPrimary() && call.view().use() instanceof ValueUse.Entered;
  }

  /** How a qualified name reads in a message: {@code subprocess.run()}, {@code open()}. */
  static String display(String qualifiedName) {
    String name =
        qualifiedName.startsWith("builtins.")
            ? qualifiedName.substring("builtins.".length())
            : qualifiedName;
    return "`" + name + "()`";
  }
}
