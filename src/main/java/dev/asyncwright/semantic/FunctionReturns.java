package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.DecoratedContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratorContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a module's functions are annotated to return, as a type checker reads them: an {@code
 * @overload} is a declaration only (the implementation's annotation counts), a property's setter
 * does not change its getter; a decorator we do not know makes the function's result unknown (an
 * untyped wrapper may return anything), and so do two definitions that disagree. A function without
 * an annotation returns what {@link InferredCalls} reads, if anything.
 */
final class FunctionReturns {

  /** Decorators that leave what a call returns as the function says. */
  private static final Set<String> KEEP_RESULT =
      Set.of(
          "builtins.staticmethod",
          "builtins.classmethod",
          "builtins.property",
          "functools.cached_property",
          "abc.abstractmethod",
          "typing.final",
          "typing_extensions.final",
          "typing_extensions.override",
          "typing.override");

  private static final Set<String> OVERLOAD =
      Set.of("typing.overload", "typing_extensions.overload");

  private static final Set<String> PROPERTY =
      Set.of("builtins.property", "functools.cached_property");

  private FunctionReturns() {}

  /** The return annotations of the module's functions, by qualified name. */
  static Map<String, TypeExpression> of(ModuleModel model, String moduleName) {
    Map<String, List<TypeExpression>> found = new LinkedHashMap<>();
    for (FunctionDefContext function : model.functions()) {
      String name = ProjectIndex.qualifiedName(function);
      List<String> decorators = decorators(model, function);
      if (name == null
          || decorators.stream().anyMatch(OVERLOAD::contains)
          || isAccessor(function)) {
        continue;
      }
      TypeExpression returned = null;
      if (decorators.stream().allMatch(KEEP_RESULT::contains)) {
        returned =
            function.expression() != null
                ? Qualified.annotation(model, moduleName, function.expression())
                : InferredCalls.returned(model, moduleName, function).orElse(null);
      }
      found
          .computeIfAbsent(ProjectClasses.join(moduleName, name), key -> new ArrayList<>())
          .add(returned);
    }
    Map<String, TypeExpression> returns = new HashMap<>();
    for (Map.Entry<String, List<TypeExpression>> entry : found.entrySet()) {
      List<TypeExpression> each = entry.getValue();
      TypeExpression first = each.get(0);
      if (first != null && each.stream().allMatch(first::equals)) {
        returns.put(entry.getKey(), each.get(0));
      }
    }
    return returns;
  }

  /** The names the class body binds to properties, of the functions defined directly in it. */
  static Set<String> properties(ModuleModel model, List<FunctionDefContext> methods) {
    Set<String> names = new HashSet<>();
    for (FunctionDefContext function : methods) {
      if (decorators(model, function).stream().anyMatch(PROPERTY::contains)) {
        names.add(function.name().getText());
      }
    }
    return names;
  }

  /** The qualified names of the function's decorators ("" for one that cannot be named). */
  private static List<String> decorators(ModuleModel model, FunctionDefContext function) {
    List<String> names = new ArrayList<>();
    if (function.getParent() instanceof DecoratedContext decorated) {
      for (DecoratorContext decorator : decorated.decorator()) {
        names.add(model.decoratorName(decorator).orElse(""));
      }
    }
    return names;
  }

  /** A property's {@code @x.setter} or {@code @x.deleter}: it says nothing of the getter. */
  private static boolean isAccessor(FunctionDefContext function) {
    if (!(function.getParent() instanceof DecoratedContext decorated)) {
      return false;
    }
    for (DecoratorContext decorator : decorated.decorator()) {
      String last = decorator.namedExpression().getStop().getText();
      if (!last.equals("setter") && !last.equals("deleter")) {
        continue; // not copied: a `@pytest.mark.parametrize(...)` can hold a table
      }
      String text = decorator.namedExpression().getText();
      if (text.equals(function.name().getText() + ".setter")
          || text.equals(function.name().getText() + ".deleter")) {
        return true;
      }
    }
    return false;
  }
}
