package dev.asyncwright.rules.match;

import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.semantic.CallSite;

/**
 * A question about a call, answered with what the rule knows of the module and the project (names
 * resolved through imports, types of values). Matchers compose, so that a rule's test reads as a
 * sentence: {@code Calls.method("close").on("aiohttp.ClientSession").and(Calls.inCoroutine())}.
 */
@FunctionalInterface
public interface CallMatcher {

  boolean matches(CallSite call, RuleContext context);

  default CallMatcher and(CallMatcher other) {
    return (call, context) -> matches(call, context) && other.matches(call, context);
  }

  default CallMatcher or(CallMatcher other) {
    return (call, context) -> matches(call, context) || other.matches(call, context);
  }

  default CallMatcher negate() {
    return (call, context) -> !matches(call, context);
  }
}
