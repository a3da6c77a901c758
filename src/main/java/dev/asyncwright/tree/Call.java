package dev.asyncwright.tree;

import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code callee(arguments)}: the primary's trailer at {@code index} is a call. In {@code
 * a.b(1).c(2)} there are two calls, at trailers 1 and 3.
 */
public record Call(PrimaryContext context, int index) implements Expression {

  /** The value called. */
  public Expression callee() {
    return Expression.of(context, index);
  }

  /** The name called: the attribute before the call, or the bare name called. */
  public Optional<String> calledName() {
    Expression callee = callee();
    if (callee instanceof Attribute attribute) {
      return Optional.of(attribute.name());
    }
    return callee instanceof Name name ? Optional.of(name.identifier()) : Optional.empty();
  }

  public CallContext trailer() {
    return (CallContext) Chain.trailer(context, index);
  }

  public List<Argument> arguments() {
    CallContext call = trailer();
    if (call.arguments() == null) {
      return List.of();
    }
    List<Argument> arguments = new ArrayList<>();
    for (ArgumentContext argument : call.arguments().argument()) {
      arguments.add(new Argument(argument));
    }
    return arguments;
  }

  /** The positional arguments, in order, up to the first {@code *args} (after it, unknown). */
  public List<Argument> positional() {
    List<Argument> positional = new ArrayList<>();
    for (Argument argument : arguments()) {
      if (argument.kind() == Argument.Kind.STAR) {
        break;
      }
      if (argument.kind() == Argument.Kind.POSITIONAL) {
        positional.add(argument);
      }
    }
    return positional;
  }

  /** The keyword argument of that name, if given. */
  public Optional<Argument> keyword(String name) {
    return arguments().stream()
        .filter(argument -> argument.keyword().filter(name::equals).isPresent())
        .findFirst();
  }

  /** Whether {@code *args} or {@code **kwargs} make the arguments unknowable. */
  public boolean hasUnpacking() {
    return arguments().stream()
        .anyMatch(a -> a.kind() == Argument.Kind.STAR || a.kind() == Argument.Kind.DOUBLE_STAR);
  }

  /** Whether nothing follows the call in its primary ({@code f(x)}, not {@code f(x).y}). */
  public boolean endsPrimary() {
    return index == Chain.count(context) - 1;
  }

  @Override
  public int end() {
    return Chain.endOfTrailer(context, index);
  }
}
