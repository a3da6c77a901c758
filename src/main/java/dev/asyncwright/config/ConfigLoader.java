package dev.asyncwright.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.asyncwright.python.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds and reads the {@code pyproject.toml} that configures a path. */
public final class ConfigLoader {

  private static final Set<String> KEYS =
      Set.of(
          "select",
          "ignore",
          "exclude",
          "target-version",
          "unsafe-fixes",
          "preview",
          "per-file-ignores");

  private ConfigLoader() {}

  /**
   * The configuration of the nearest {@code pyproject.toml} at or above {@code start}, within its
   * Git working tree: the search stops at the folder holding {@code .git}. A {@code pyproject.toml}
   * above the repository is someone else's (a shared {@code /tmp}, a parent folder of clones) and
   * could switch on unsafe fixes for every project below it.
   */
  public static ProjectConfig find(Path start) throws ConfigException {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    Optional<DeclaredTarget> declared = PackagingMetadata.nearest(dir);
    for (Path above = dir; above != null; above = above.getParent()) {
      Path candidate = above.resolve("pyproject.toml");
      if (Files.isRegularFile(candidate)) {
        return read(candidate, declared);
      }
      if (Files.exists(above.resolve(".git"))) {
        break; // the top of the working tree
      }
    }
    return ProjectConfig.withoutSettings(Optional.empty(), declared);
  }

  /**
   * Reads one {@code pyproject.toml}; the target Python is what its folder's packaging files
   * declare.
   */
  public static ProjectConfig read(Path file) throws ConfigException {
    return read(file, PackagingMetadata.nearest(file.toAbsolutePath().getParent()));
  }

  private static ProjectConfig read(Path file, Optional<DeclaredTarget> declared)
      throws ConfigException {
    JsonNode root;
    try {
      root = new TomlMapper().readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new ConfigException(file + ": not valid TOML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + e.getMessage());
    }
    JsonNode requires = root.path("project").path("requires-python");
    if (!requires.isMissingNode() && !requires.isTextual()) {
      throw new ConfigException(file + ": [project] requires-python must be a string");
    }
    JsonNode tool = root.path("tool").path("asyncwright");
    if (tool.isMissingNode()) {
      return ProjectConfig.withoutSettings(Optional.of(file), declared);
    }
    if (!tool.isObject()) {
      throw new ConfigException(file + ": [tool.asyncwright] must be a table");
    }
    for (Iterator<String> names = tool.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new ConfigException(
            file
                + ": [tool.asyncwright] has an unknown key '"
                + name
                + "' (known: "
                + String.join(", ", KEYS.stream().sorted().toList())
                + ")");
      }
    }
    Optional<PythonVersion> target = Optional.empty();
    if (tool.has("target-version")) {
      JsonNode value = tool.get("target-version");
      try {
        target = Optional.of(PythonVersion.parse(value.asText()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(file + ": [tool.asyncwright] target-version: " + e.getMessage());
      }
    }
    Optional<Boolean> unsafe = flag(file, tool, "unsafe-fixes");
    Optional<Boolean> preview = flag(file, tool, "preview");
    Map<String, List<String>> perFile = new LinkedHashMap<>();
    if (tool.has("per-file-ignores")) {
      JsonNode table = tool.get("per-file-ignores");
      if (!table.isObject()) {
        throw new ConfigException(
            file + ": [tool.asyncwright] per-file-ignores must be a table of glob = [codes]");
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = table.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = fields.next();
        checkGlob(file, "per-file-ignores", entry.getKey());
        perFile.put(
            entry.getKey(), strings(file, "per-file-ignores." + entry.getKey(), entry.getValue()));
      }
    }
    return new ProjectConfig(
        Optional.of(file),
        tool.has("select")
            ? Optional.of(strings(file, "select", tool.get("select")))
            : Optional.empty(),
        tool.has("ignore")
            ? Optional.of(strings(file, "ignore", tool.get("ignore")))
            : Optional.empty(),
        tool.has("exclude") ? globs(file, "exclude", tool.get("exclude")) : List.of(),
        target,
        unsafe,
        preview,
        perFile,
        declared);
  }

  private static Optional<Boolean> flag(Path file, JsonNode tool, String key)
      throws ConfigException {
    if (!tool.has(key)) {
      return Optional.empty();
    }
    if (!tool.get(key).isBoolean()) {
      throw new ConfigException(file + ": [tool.asyncwright] " + key + " must be true or false");
    }
    return Optional.of(tool.get(key).booleanValue());
  }

  /** Globs must compile: a broken one is a configuration error naming its key. */
  private static List<String> globs(Path file, String key, JsonNode value) throws ConfigException {
    List<String> globs = strings(file, key, value);
    for (String glob : globs) {
      checkGlob(file, key, glob);
    }
    return globs;
  }

  private static void checkGlob(Path file, String key, String glob) throws ConfigException {
    try {
      Glob.of(glob);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          file
              + ": [tool.asyncwright] "
              + key
              + ": not a glob: '"
              + glob
              + "' ("
              + e.getMessage()
              + ")");
    }
  }

  private static List<String> strings(Path file, String key, JsonNode value)
      throws ConfigException {
    if (!value.isArray()) {
      throw new ConfigException(
          file + ": [tool.asyncwright] " + key + " must be a list of strings");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new ConfigException(
            file + ": [tool.asyncwright] " + key + " must be a list of strings");
      }
      result.add(item.asText());
    }
    return result;
  }
}
