package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.tree.Call;
import java.util.List;
import java.util.Optional;

/**
 * A call: the primary it sits in and which of its trailers is the call. In {@code a.b(1).c(2)}
 * there are two: trailer 1 calls {@code a.b}, trailer 3 calls {@code a.b(1).c}.
 */
public final class CallSite {

  private final PrimaryContext primary;
  private final int callIndex;
  private final List<TrailerContext> trailers;
  private final Scope scope;

  /** A call found outside the model's walk; its scope is asked of the model when needed. */
  public CallSite(PrimaryContext primary, int callIndex) {
    this(primary, callIndex, primary.getRuleContexts(TrailerContext.class), null);
  }

  CallSite(PrimaryContext primary, int callIndex, List<TrailerContext> trailers, Scope scope) {
    this.primary = primary;
    this.callIndex = callIndex;
    this.trailers = trailers;
    this.scope = scope;
  }

  /** The scope the call is evaluated in, as the model's walk saw it, or null. */
  Scope scope() {
    return scope;
  }

  /** The typed view of the call. */
  public Call view() {
    return new Call(primary, callIndex);
  }

  public PrimaryContext primary() {
    return primary;
  }

  /** Which trailer of the primary is the call. */
  public int callIndex() {
    return callIndex;
  }

  public List<TrailerContext> trailers() {
    return trailers;
  }

  public CallContext call() {
    return (CallContext) trailers().get(callIndex);
  }

  /** Whether nothing follows the call in its primary ({@code f(x)}, not {@code f(x).y}). */
  public boolean endsPrimary() {
    return view().endsPrimary();
  }

  /** The name called: the last attribute before the call, or the atom's name. */
  public Optional<String> calledName() {
    return view().calledName();
  }

  public List<ArgumentContext> arguments() {
    return call().arguments() == null ? List.of() : call().arguments().argument();
  }

  /** The positional arguments, in order, while no star argument makes positions unknown. */
  public List<ValueArgumentContext> positional() {
    return view().positional().stream()
        .map(argument -> (ValueArgumentContext) argument.context())
        .toList();
  }

  /** The keyword argument of that name, if given. */
  public Optional<ValueArgumentContext> keyword(String name) {
    return view().keyword(name).map(argument -> (ValueArgumentContext) argument.context());
  }

  /** Whether {@code *args} or {@code **kwargs} make the arguments unknowable. */
  public boolean hasUnpacking() {
    return view().hasUnpacking();
  }
}
