package dev.asyncwright.config;

import dev.asyncwright.python.PythonVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code [tool.asyncwright]} of a {@code pyproject.toml}, and the oldest Python the project's
 * packaging files declare. Absent keys are empty; {@link #file()} is empty when no configuration
 * file was found.
 */
public record ProjectConfig(
    Optional<Path> file,
    Optional<List<String>> select,
    Optional<List<String>> ignore,
    List<String> exclude,
    Optional<PythonVersion> targetVersion,
    Optional<Boolean> unsafeFixes,
    Optional<Boolean> preview,
    Map<String, List<String>> perFileIgnores,
    Optional<DeclaredTarget> declared) {

  public static final ProjectConfig NONE = withoutSettings(Optional.empty(), Optional.empty());

  /** A file without {@code [tool.asyncwright]}: only the declared target, if any. */
  static ProjectConfig withoutSettings(Optional<Path> file, Optional<DeclaredTarget> declared) {
    return new ProjectConfig(
        file,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        declared);
  }

  /** The folder paths in this configuration are relative to. */
  public Optional<Path> root() {
    return file.map(Path::getParent);
  }

  /** The target: {@code target-version}, else what the packaging declares, else py310. */
  public PythonVersion target() {
    return effectiveTarget().version();
  }

  /** The target and where it was read. */
  public DeclaredTarget effectiveTarget() {
    if (targetVersion.isPresent()) {
      return new DeclaredTarget(
          targetVersion.get(),
          "target-version = \"" + targetVersion.get().code() + "\" in " + file.orElseThrow());
    }
    return declared.orElse(DeclaredTarget.DEFAULT);
  }
}
