package dev.asyncwright.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** A Python scope: the module, a class body, a function or a lambda, with its bindings. */
public final class Scope {

  /** What opened the scope. */
  public enum Kind {
    MODULE,
    CLASS,
    FUNCTION,
    LAMBDA
  }

  private final Kind kind;
  private final ParserRuleContext node;
  private final Scope parent;
  private final boolean async;
  private final Map<String, Binding> bindings = new HashMap<>();
  private final Map<String, List<ParseTree>> sites = new HashMap<>();

  Scope(Kind kind, ParserRuleContext node, Scope parent, boolean async) {
    this.kind = kind;
    this.node = node;
    this.parent = parent;
    this.async = async;
  }

  public Kind kind() {
    return kind;
  }

  /** The {@code functionDef}, {@code classDef} or {@code lambdef} node; the tree for a module. */
  public ParserRuleContext node() {
    return node;
  }

  public Scope parent() {
    return parent;
  }

  /** Whether this is the scope of an {@code async def}. */
  public boolean isCoroutine() {
    return kind == Kind.FUNCTION && async;
  }

  /** The binding of a name in this scope itself, or {@code null}. */
  public Binding binding(String name) {
    return bindings.get(name);
  }

  /** The names this scope declares with that kind of binding ({@code nonlocal}, {@code global}). */
  public List<String> declared(Binding.Kind kind) {
    List<String> names = new ArrayList<>();
    bindings.forEach(
        (name, binding) -> {
          if (binding.kind() == kind) {
            names.add(name);
          }
        });
    return names;
  }

  public boolean binds(String name) {
    return bindings.containsKey(name);
  }

  /**
   * Where the name is bound in this scope itself, in tree order: the statement or node that binds
   * it (an assignment statement, a parameter, a {@code def}, {@code class}, {@code for}, {@code
   * with} item, handler, walrus, import...). Empty when it is not bound here.
   */
  public List<ParseTree> sites(String name) {
    return sites.getOrDefault(name, List.of());
  }

  /** Records a binding, and the node that makes it. */
  void bind(String name, Binding binding, ParseTree site) {
    bind(name, binding);
    sites.computeIfAbsent(name, key -> new ArrayList<>()).add(site);
  }

  /**
   * Records a binding. A name bound both by an import and otherwise in one scope is taken as not
   * the import: which one holds at a given line is not known without flow analysis, and a rule must
   * never fire on a name that might not be what it looks like.
   */
  void bind(String name, Binding binding) {
    Binding old = bindings.get(name);
    if (old == null) {
      bindings.put(name, binding);
    } else if (old.kind() == Binding.Kind.IMPORT
        && binding.kind() == Binding.Kind.IMPORT
        && old.qualifiedName().equals(binding.qualifiedName())) {
      // the same import twice
    } else if (old.kind() == Binding.Kind.GLOBAL || old.kind() == Binding.Kind.NONLOCAL) {
      // declared global or nonlocal: assignments go elsewhere
    } else if (binding.kind() == Binding.Kind.GLOBAL || binding.kind() == Binding.Kind.NONLOCAL) {
      bindings.put(name, binding);
    } else {
      bindings.put(name, Binding.LOCAL);
    }
  }

  Map<String, Binding> bindings() {
    return bindings;
  }
}
