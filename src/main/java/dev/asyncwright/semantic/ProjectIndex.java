package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Every {@code async def} of the scanned tree, by qualified name: {@code pkg.mod.fetch}, {@code
 * pkg.mod.Client.get} for methods. Rules ask it whether a call calls a coroutine function defined
 * in another module. Safe to fill from several threads.
 */
public final class ProjectIndex {

  public static final ProjectIndex EMPTY = new ProjectIndex();

  private final Set<String> coroutines = ConcurrentHashMap.newKeySet();
  private final ProjectClasses classes = new ProjectClasses();
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final Set<String> expected = ConcurrentHashMap.newKeySet();
  private final Set<String> pendingDeclarations = ConcurrentHashMap.newKeySet();

  /** Modules of the tree not indexed yet: until they are, a "no" about them may change. */
  public void expect(java.util.Collection<String> moduleNames) {
    pending.addAll(moduleNames);
    expected.addAll(moduleNames);
  }

  /**
   * Modules of the tree not indexed yet that may declare classes or re-export names: until they
   * are, a "no" about a class (see {@link #mayStillDeclare}) may change.
   */
  public void expectDeclarations(java.util.Collection<String> moduleNames) {
    Set<String> seen = new java.util.HashSet<>();
    for (String name : moduleNames) {
      if (!seen.add(name)) {
        shared.add(name);
      }
    }
    pendingDeclarations.addAll(moduleNames);
  }

  /** Module names two files of the tree have (two {@code conftest.py} in folders of tests). */
  private final Set<String> shared = ConcurrentHashMap.newKeySet();

  /** A module is indexed (or has nothing to index): answers about it are final. */
  public void indexed(String moduleName) {
    pending.remove(moduleName);
    pendingDeclarations.remove(moduleName);
  }

  /**
   * Whether a module of the tree that might declare this qualified name (a class, a re-export, a
   * function's annotation) is not indexed yet, asked while module {@code asking} (null: none) is
   * checked: its own declarations are final already, as they are added before its rules run (unless
   * another file has its name too).
   */
  public boolean mayStillDeclare(String qualifiedName, String asking) {
    return pendingPrefix(pendingDeclarations, qualifiedName, ownModule(asking));
  }

  /**
   * Whether a module of the tree that might define this qualified name is not indexed yet, so that
   * {@link #isCoroutineFunction} saying no may turn into yes; asked while module {@code asking} is
   * checked (see {@link #mayStillDeclare}).
   */
  public boolean mayStillDefine(String qualifiedName, String asking) {
    return pendingPrefix(pending, qualifiedName, ownModule(asking));
  }

  private String ownModule(String asking) {
    return asking == null || asking.isEmpty() || shared.contains(asking) ? null : asking;
  }

  private static boolean pendingPrefix(Set<String> modules, String qualifiedName, String own) {
    if (modules.isEmpty()) {
      return false;
    }
    for (int dot = qualifiedName.lastIndexOf('.');
        dot > 0;
        dot = qualifiedName.lastIndexOf('.', dot - 1)) {
      String module = qualifiedName.substring(0, dot);
      if (module.equals(own)) {
        return false; // the name is the asking module's own: its packages cannot change it
      }
      if (modules.contains(module)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the coroutine functions a module defines, under its dotted module name. */
  public void add(String moduleName, ModuleModel model) {
    for (String name : coroutineFunctions(model)) {
      coroutines.add(moduleName.isEmpty() ? name : moduleName + "." + name);
    }
    classes.add(moduleName, model);
  }

  /**
   * What a function of the tree is annotated to return, if it says so and no decorator we do not
   * know wraps it.
   */
  public Optional<TypeExpression> returnAnnotation(String function) {
    return classes.returnAnnotation(function);
  }

  /** A class of the tree, by qualified name (re-exports followed). */
  public Optional<ClassDeclaration> classDeclaration(String qualifiedName) {
    return classes.classInfo(qualifiedName);
  }

  /** Whether the name is a module-level {@code TypeVar} of the tree. */
  public boolean isTypeVariable(String qualifiedName) {
    return classes.isTypeVariable(qualifiedName);
  }

  /** What a module-level type alias of the tree stands for. */
  public Optional<TypeExpression> typeAlias(String qualifiedName) {
    return classes.typeAlias(qualifiedName);
  }

  /** Whether the qualified name (re-exports followed) is a class of the tree. */
  public boolean isClass(String qualifiedName) {
    return classes.isClass(qualifiedName);
  }

  /** The name a qualified name stands for once the tree's re-exports are followed. */
  public String canonical(String qualifiedName) {
    return classes.canonical(qualifiedName);
  }

  /**
   * Whether calling the method on an instance of the tree's class gives a coroutine, looked up
   * along its bases; empty when that cannot be told (a base outside the tree...), each class met
   * that is not known (yet) told to {@code unknown}.
   */
  public Optional<Boolean> methodGivesCoroutine(
      String className, String method, java.util.function.Consumer<String> unknown) {
    return classes.givesCoroutine(className, method, unknown);
  }

  /** Whether a qualified name is a coroutine function of the project. */
  public boolean isCoroutineFunction(String qualifiedName) {
    // only the re-exports of modules awaited for this question count: those of any other module
    // may not be indexed yet, and the answer must not depend on the order files are checked in
    return coroutines.contains(qualifiedName)
        || coroutines.contains(classes.canonical(qualifiedName, expected::contains));
  }

  public Set<String> coroutineFunctions() {
    return Collections.unmodifiableSet(coroutines);
  }

  /**
   * The qualified names (within the module) of the module's own coroutine functions: {@code async
   * def}s whose call gives a coroutine.
   */
  public static List<String> coroutineFunctions(ModuleModel model) {
    List<String> names = new ArrayList<>();
    for (FunctionDefContext function : model.functions()) {
      // async generators and decorated functions (@asynccontextmanager...) give no coroutine
      if (model.isPlainCoroutineFunction(function)) {
        String name = qualifiedName(function);
        if (name != null) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** {@code Outer.method}; null for a function nested in another function. */
  static String qualifiedName(FunctionDefContext function) {
    List<String> parts = new ArrayList<>();
    parts.add(function.name().getText());
    for (ParseTree node = function.getParent(); node != null; node = node.getParent()) {
      if (node instanceof FunctionDefContext) {
        return null;
      }
      if (node instanceof ClassDefContext type) {
        parts.add(0, type.name().getText());
      }
    }
    return String.join(".", parts);
  }

  /** The dotted module name of a file's path relative to the scan root: a/b/c.py is a.b.c. */
  public static String moduleName(String relativePath) {
    String path = relativePath.replace('\\', '/');
    if (path.endsWith(".py")) {
      path = path.substring(0, path.length() - 3);
    }
    if (path.endsWith("/__init__")) {
      path = path.substring(0, path.length() - "/__init__".length());
    } else if (path.equals("__init__")) {
      path = "";
    }
    return path.replace('/', '.');
  }
}
