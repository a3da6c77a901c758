package dev.asyncwright.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.asyncwright.python.PythonVersion;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Finds and reads the {@code pyproject.toml} that configures a path. */
public final class ConfigLoader {

  private static final Set<String> KEYS =
      Set.of("select", "ignore", "exclude", "target-version", "unsafe-fixes", "per-file-ignores");

  /**
   * A lower bound of a requires-python specifier: {@code >=3.9}, {@code ~=3.10}, {@code ==3.12.*},
   * {@code >3.8} (3.9), {@code >=3} (any Python 3).
   */
  private static final Pattern LOWER_BOUND = Pattern.compile("(>=|~=|==|>)\\s*3(?:\\.(\\d+))?");

  /** The oldest version we target, for bounds that admit anything older. */
  private static final int OLDEST = 8;

  private ConfigLoader() {}

  /** The configuration of the nearest {@code pyproject.toml} at or above {@code start}. */
  public static ProjectConfig find(Path start) throws ConfigException {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("pyproject.toml");
      if (Files.isRegularFile(candidate)) {
        return read(candidate);
      }
    }
    return ProjectConfig.NONE;
  }

  /** Reads one {@code pyproject.toml}. */
  public static ProjectConfig read(Path file) throws ConfigException {
    JsonNode root;
    try {
      root = new TomlMapper().readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new ConfigException(file + ": not valid TOML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + e.getMessage());
    }
    Optional<PythonVersion> requires =
        requiresPython(file, root.path("project").path("requires-python"));
    JsonNode tool = root.path("tool").path("asyncwright");
    if (tool.isMissingNode()) {
      return ProjectConfig.withoutSettings(Optional.of(file), requires);
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
    Optional<Boolean> unsafe = Optional.empty();
    if (tool.has("unsafe-fixes")) {
      if (!tool.get("unsafe-fixes").isBoolean()) {
        throw new ConfigException(file + ": [tool.asyncwright] unsafe-fixes must be true or false");
      }
      unsafe = Optional.of(tool.get("unsafe-fixes").booleanValue());
    }
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
        perFile,
        requires);
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
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(
          file
              + ": [tool.asyncwright] "
              + key
              + ": not a glob: '"
              + glob
              + "' ("
              + e.getDescription()
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

  private static Optional<PythonVersion> requiresPython(Path file, JsonNode value)
      throws ConfigException {
    if (value.isMissingNode()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new ConfigException(file + ": [project] requires-python must be a string");
    }
    Matcher matcher = LOWER_BOUND.matcher(value.asText());
    Integer lowest = null;
    while (matcher.find()) {
      int minor = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
      // >3.8 admits 3.8.1, which is still 3.8 to us
      minor = Math.max(minor, OLDEST);
      lowest = lowest == null ? minor : Math.min(lowest, minor);
    }
    return lowest == null ? Optional.empty() : Optional.of(new PythonVersion(lowest));
  }
}
