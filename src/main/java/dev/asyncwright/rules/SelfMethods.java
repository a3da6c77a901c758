package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.Optional;

/**
 * What {@code self.name} is at a spot, as far as the class body around it says: the spot stands in
 * a method (its first parameter {@code self}, not rebound by a nested function) defined directly in
 * a class body, and that body binds {@code name}. Inherited and instance attributes are not seen.
 * AW601 and AW302 ask it.
 */
public final class SelfMethods {

  private SelfMethods() {}

  /** The scope of the class whose method the spot stands in, with {@code self} its instance. */
  public static Optional<Scope> selfClass(ModuleModel model, PrimaryContext at) {
    Optional<FunctionDefContext> method = model.enclosingFunction(at);
    return method
        .filter(m -> model.bindingScope("self", at).map(Scope::node).orElse(null) == m)
        .flatMap(m -> selfClassThroughClosures(model, at));
  }

  /**
   * Like {@link #selfClass}, but the spot may also stand in a function nested in the method, a
   * coroutine it starts as a task for instance, which sees the same {@code self}.
   */
  public static Optional<Scope> selfClassThroughClosures(ModuleModel model, PrimaryContext at) {
    return model.selfClass(at).map(type -> model.scopeAt(type.block()));
  }

  /**
   * Whether {@code self.name} is an async method: the class body defines {@code name} with {@code
   * async def} only.
   */
  public static boolean isAsync(ModuleModel model, PrimaryContext at, String name) {
    return selfClass(model, at)
        .filter(scope -> scope.binds(name))
        .filter(scope -> CoroutineFunctions.only(model, scope, name))
        .isPresent();
  }

  /**
   * Whether the class body binds {@code name} to something other than a coroutine function for
   * sure: a plain {@code def}, a decorated {@code async def}, an assignment...
   */
  public static boolean isOtherThanAsync(ModuleModel model, PrimaryContext at, String name) {
    return selfClass(model, at)
        .filter(scope -> scope.binds(name))
        .filter(scope -> !CoroutineFunctions.only(model, scope, name))
        .isPresent();
  }
}
