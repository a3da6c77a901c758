package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.rules.Imports.ModuleReference;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;

/** Making a call of one {@code asyncio} function call another, in the file's own spelling. */
public final class Callees {

  private Callees() {}

  /**
   * The edits that make a call of {@code asyncio.X} call {@code asyncio.newName}: only the called
   * name changes, the qualifier stays as written ({@code aio.get_event_loop()} becomes {@code
   * aio.get_running_loop()}). A bare name imported with {@code from asyncio import X} becomes
   * {@code newName} when that name already means {@code asyncio.newName} there, and otherwise goes
   * through the module ({@code asyncio.newName}, adding {@code import asyncio} if the file lacks
   * it).
   */
  public static List<Edit> renameAsyncioCall(RuleContext context, CallSite call, String newName) {
    List<Edit> edits = new ArrayList<>();
    if (call.callIndex() > 0) {
      TrailerContext before = call.trailers().get(call.callIndex() - 1);
      if (!(before instanceof AttributeContext attribute)) {
        throw new IllegalArgumentException("not a dotted call: " + call.primary().getText());
      }
      edits.add(
          new Edit(
              RuleContext.start(attribute.name()), RuleContext.end(attribute.name()), newName));
      return edits;
    }
    Token name = call.primary().getStart();
    int start = name.getStartIndex();
    int end = name.getStopIndex() + 1;
    if (context
        .model()
        .resolve(newName, call.primary())
        .equals(java.util.Optional.of("asyncio." + newName))) {
      edits.add(new Edit(start, end, newName));
      return edits;
    }
    ModuleReference asyncio = context.imports().module("asyncio", call.primary());
    edits.add(new Edit(start, end, asyncio.name() + "." + newName));
    asyncio.importEdit().ifPresent(edits::add);
    return edits;
  }

  /**
   * The calls that call one of these qualified names ({@code asyncio.gather}), however imported:
   * the calls named like the last part, and those of the local names that import one of them
   * ({@code from asyncio import gather as collect}), resolved through the model.
   */
  public static List<CallSite> callsOf(ModuleModel model, Set<String> qualifiedNames) {
    Set<String> names = new TreeSet<>(model.namesImporting(qualifiedNames));
    for (String qualified : qualifiedNames) {
      names.add(qualified.substring(qualified.lastIndexOf('.') + 1));
    }
    List<CallSite> calls = new ArrayList<>();
    for (String name : names) {
      for (CallSite call : model.callsNamed(name)) {
        if (model.calleeName(call).filter(qualifiedNames::contains).isPresent()) {
          calls.add(call);
        }
      }
    }
    calls.sort(Comparator.comparingInt(call -> RuleContext.start(call.primary())));
    return calls;
  }
}
