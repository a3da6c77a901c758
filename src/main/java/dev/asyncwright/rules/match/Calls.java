package dev.asyncwright.rules.match;

import dev.asyncwright.tree.ValueUse;
import java.util.Set;

/** The vocabulary of call matchers. */
public final class Calls {

  private Calls() {}

  /**
   * A call of one of these functions, however the module spells it: {@code
   * of("asyncio.create_task")} matches {@code asyncio.create_task(c)}, {@code aio.create_task(c)}
   * after {@code import asyncio as aio}, and {@code spawn(c)} after {@code from asyncio import
   * create_task as spawn}; not a local function that happens to be named {@code create_task}.
   */
  public static CallMatcher of(String... qualifiedNames) {
    Set<String> names = Set.of(qualifiedNames);
    return (call, context) -> context.qualifiedCallee(call).filter(names::contains).isPresent();
  }

  /** A call of a method of one of these names, on any receiver; narrow it with {@code on}. */
  public static MethodMatcher method(String... names) {
    return new MethodMatcher(Set.of(names));
  }

  /** A call made where a coroutine runs: its innermost function is an {@code async def}. */
  public static CallMatcher inCoroutine() {
    return (call, context) -> context.model().inCoroutine(call.primary());
  }

  /** A call whose value gives a coroutine, by the type of what is called, when that is known. */
  public static CallMatcher givingCoroutine() {
    return (call, context) -> context.types().callGivesCoroutine(call).orElse(false);
  }

  /** A call whose result is used in one of these ways ({@code ValueUse.Discarded.class}...). */
  @SafeVarargs
  public static CallMatcher used(Class<? extends ValueUse>... uses) {
    Set<Class<? extends ValueUse>> kinds = Set.of(uses);
    return (call, context) -> kinds.contains(call.view().use().getClass());
  }
}
