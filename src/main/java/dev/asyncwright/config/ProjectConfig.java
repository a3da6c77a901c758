package dev.asyncwright.config;

import dev.asyncwright.python.PythonVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code [tool.asyncwright]} of a {@code pyproject.toml}, and the {@code requires-python} of its
 * {@code [project]}. Absent keys are empty; {@link #file()} is empty when no configuration file was
 * found.
 */
public record ProjectConfig(
    Optional<Path> file,
    Optional<List<String>> select,
    Optional<List<String>> ignore,
    List<String> exclude,
    Optional<PythonVersion> targetVersion,
    Optional<Boolean> unsafeFixes,
    Map<String, List<String>> perFileIgnores,
    Optional<PythonVersion> requiresPython) {

  public static final ProjectConfig NONE = withoutSettings(Optional.empty(), Optional.empty());

  /** A file without {@code [tool.asyncwright]}: only what requires-python says, if anything. */
  static ProjectConfig withoutSettings(Optional<Path> file, Optional<PythonVersion> requires) {
    return new ProjectConfig(
        file,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        requires);
  }

  /** The folder paths in this configuration are relative to. */
  public Optional<Path> root() {
    return file.map(Path::getParent);
  }

  /** The target: {@code target-version}, else {@code requires-python}, else py311. */
  public PythonVersion target() {
    return targetVersion.or(() -> requiresPython).orElse(PythonVersion.DEFAULT);
  }
}
