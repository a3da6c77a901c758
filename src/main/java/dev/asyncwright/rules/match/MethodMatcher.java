package dev.asyncwright.rules.match;

import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.tree.Attribute;
import java.util.Set;

/** A call of a method of one of these names ({@code x.close()}), on any receiver until narrowed. */
public final class MethodMatcher implements CallMatcher {

  private final Set<String> names;

  MethodMatcher(Set<String> names) {
    this.names = names;
  }

  @Override
  public boolean matches(CallSite call, RuleContext context) {
    return call.view().callee() instanceof Attribute attribute && names.contains(attribute.name());
  }

  /**
   * The same method, on a value the code says is an instance of one of these classes (by qualified
   * name: {@code aiohttp.ClientSession}). A receiver of unknown type never matches.
   */
  public CallMatcher on(String... classes) {
    Set<String> types = Set.of(classes);
    return and(
        (call, context) -> context.types().receiverOf(call).filter(types::contains).isPresent());
  }
}
