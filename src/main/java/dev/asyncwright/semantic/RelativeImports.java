package dev.asyncwright.semantic;

/**
 * Turns the module of a relative import ({@code from .a import f}, {@code from .. import g}) into
 * the absolute name Python gives it, so that a name imported that way means the same as when it is
 * imported by its full name, and the project index knows it.
 */
public final class RelativeImports {

  private RelativeImports() {}

  /**
   * The package a module's relative imports start from: the module itself for a package's {@code
   * __init__.py}, else the module's parent; empty for a top-level module (which has no package, so
   * a relative import in it fails in Python too).
   */
  public static String packageOf(String moduleName, boolean isPackageInit) {
    if (isPackageInit) {
      return moduleName;
    }
    int dot = moduleName.lastIndexOf('.');
    return dot < 0 ? "" : moduleName.substring(0, dot);
  }

  /**
   * The absolute module of {@code from} as written ({@code .a}, {@code ..}, {@code ..x.y}, or an
   * absolute {@code x.y}), read in {@code packageName}. A relative module that cannot be resolved
   * (no package known, or more dots than the package has levels) comes back as written: no module
   * of the project has that name, so nothing is claimed about it.
   */
  public static String absolute(String from, String packageName) {
    int dots = 0;
    while (dots < from.length() && from.charAt(dots) == '.') {
      dots++;
    }
    if (dots == 0) {
      return from;
    }
    if (packageName == null || packageName.isEmpty()) {
      return from;
    }
    String base = packageName;
    for (int up = 1; up < dots; up++) {
      int dot = base.lastIndexOf('.');
      if (dot < 0) {
        return from; // beyond the top-level package
      }
      base = base.substring(0, dot);
    }
    String rest = from.substring(dots);
    return rest.isEmpty() ? base : base + "." + rest;
  }
}
