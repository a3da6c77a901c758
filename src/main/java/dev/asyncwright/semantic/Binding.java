package dev.asyncwright.semantic;

/** How a name is bound in one scope. */
public record Binding(Kind kind, String qualifiedName) {

  /** The kinds of binding the rules tell apart. */
  public enum Kind {
    /**
     * {@code import x}, {@code from m import x as y}: the name stands for {@code qualifiedName}.
     */
    IMPORT,
    /** Anything else that binds: assignment, {@code def}, parameter, loop variable... */
    LOCAL,
    /** {@code global x}: the name is the module's. */
    GLOBAL,
    /** {@code nonlocal x}: the name is an enclosing function's. */
    NONLOCAL
  }

  static final Binding LOCAL = new Binding(Kind.LOCAL, null);
  static final Binding GLOBAL = new Binding(Kind.GLOBAL, null);
  static final Binding NONLOCAL = new Binding(Kind.NONLOCAL, null);

  static Binding importOf(String qualifiedName) {
    return new Binding(Kind.IMPORT, qualifiedName);
  }
}
