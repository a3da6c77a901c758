package dev.asyncwright.workspace;

import dev.asyncwright.semantic.ProjectIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A file's dotted module name, as Python imports it: from the file up through the folders that hold
 * an {@code __init__.py} (its packages) to the first folder without one, the import root (the
 * project folder, {@code src/} of a src layout, a tests folder run as scripts). So the name is the
 * same whichever folder a scan starts from: {@code check pkg} and {@code check .} both name {@code
 * pkg/a.py} {@code pkg.a}, and {@code from pkg.a import fetch} finds what it imports.
 *
 * <p>Not thread-safe: a scan plan lists its files on one thread. Each folder is looked at once.
 */
final class ImportRoots {

  private final Map<Path, Boolean> packages = new HashMap<>();

  /** The module name of a Python file ({@code pkg.sub.mod}; {@code pkg} for its __init__). */
  String moduleName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = root(absolute);
    Path relative = root == null ? absolute.getFileName() : root.relativize(absolute);
    return ProjectIndex.moduleName(relative.toString());
  }

  /** The import root of a file: the first folder above it that is not a package. */
  Path root(Path file) {
    Path root = file.toAbsolutePath().normalize().getParent();
    while (root != null && isPackage(root)) {
      root = root.getParent();
    }
    return root;
  }

  private boolean isPackage(Path folder) {
    return packages.computeIfAbsent(folder, dir -> Files.isRegularFile(dir.resolve("__init__.py")));
  }
}
