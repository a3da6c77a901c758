package dev.asyncwright.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.asyncwright.python.PythonVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Pythons a project says it supports, read from its packaging files as text: {@code
 * pyproject.toml} ({@code requires-python}, Poetry's {@code python} dependency, classifiers),
 * {@code setup.cfg} ({@code python_requires}, classifiers, {@code [tox:tox] envlist}), {@code
 * setup.py} (the literal {@code python_requires=} and classifiers; it is never run) and {@code
 * tox.ini}'s {@code envlist}. A file that cannot be read or understood declares nothing: these
 * files are the project's, not our configuration, so they never stop a check.
 */
final class PackagingMetadata {

  /** Files that mark a project's root folder: the search for a declaration stops there. */
  private static final List<String> ROOT_MARKERS =
      List.of("pyproject.toml", "setup.cfg", "setup.py", "tox.ini", ".git");

  private static final Pattern CLASSIFIER =
      Pattern.compile("^Programming Language :: Python :: 3\\.(\\d+)$", Pattern.MULTILINE);

  private static final Pattern SETUP_PY_REQUIRES =
      Pattern.compile("python_requires\\s*=\\s*(?:[rbuRBU]?)(['\"])([^'\"\\n]*)\\1");

  private static final Pattern SETUP_PY_CLASSIFIER =
      Pattern.compile("['\"]Programming Language :: Python :: 3\\.(\\d+)['\"]");

  /** An environment name of tox: {@code py39}, {@code py310-django42}, {@code py3.11}. */
  private static final Pattern TOX_ENV = Pattern.compile("(?<![\\w.])py3\\.?(\\d{1,2})(?!\\d)");

  /** A brace group of tox's generative envlist: {@code py3{9,10,11}}. */
  private static final Pattern TOX_BRACES = Pattern.compile("\\{([^{}]*)}");

  private PackagingMetadata() {}

  /**
   * The declaration nearest {@code start}: its folder, then each folder above it up to the first
   * that looks like a project's root (it holds a packaging file or {@code .git}).
   */
  static Optional<DeclaredTarget> nearest(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Optional<DeclaredTarget> found = declaredIn(dir);
      if (found.isPresent()) {
        return found;
      }
      Path folder = dir;
      if (ROOT_MARKERS.stream().anyMatch(name -> Files.exists(folder.resolve(name)))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * What one folder declares, the most precise statement first: {@code requires-python}, Poetry's
   * python, {@code python_requires} in setup.cfg then setup.py, the classifiers, tox's envlist.
   */
  private static Optional<DeclaredTarget> declaredIn(Path dir) {
    JsonNode toml = readToml(dir.resolve("pyproject.toml"));
    Map<String, Map<String, String>> setupCfg = Ini.read(text(dir.resolve("setup.cfg")));
    String setupPy = text(dir.resolve("setup.py"));
    Map<String, Map<String, String>> toxIni = Ini.read(text(dir.resolve("tox.ini")));

    List<Optional<DeclaredTarget>> candidates = new ArrayList<>();
    JsonNode requires = toml.path("project").path("requires-python");
    candidates.add(
        specifier(requires.asText(null), "requires-python = %s in pyproject.toml", requires));
    JsonNode poetry = toml.path("tool").path("poetry").path("dependencies").path("python");
    candidates.add(
        specifier(poetry.asText(null), "[tool.poetry.dependencies] python = %s", poetry));
    String cfgRequires = setupCfg.getOrDefault("options", Map.of()).get("python_requires");
    candidates.add(specifier(cfgRequires, "python_requires = %s in setup.cfg", null));
    Matcher setupPyRequires = SETUP_PY_REQUIRES.matcher(setupPy);
    candidates.add(
        setupPyRequires.find()
            ? specifier(setupPyRequires.group(2), "python_requires=\"%s\" in setup.py", null)
            : Optional.empty());
    List<String> classifiers = new ArrayList<>();
    toml.path("project")
        .path("classifiers")
        .forEach(item -> classifiers.add(item.asText().strip()));
    candidates.add(
        oldestOf(
            CLASSIFIER.matcher(String.join("\n", classifiers)),
            "the classifiers of pyproject.toml"));
    // the INI reader keeps a value's continuation lines stripped, one per line
    String cfgClassifiers =
        setupCfg.getOrDefault("metadata", Map.of()).getOrDefault("classifiers", "");
    candidates.add(oldestOf(CLASSIFIER.matcher(cfgClassifiers), "the classifiers of setup.cfg"));
    candidates.add(oldestOf(SETUP_PY_CLASSIFIER.matcher(setupPy), "the classifiers of setup.py"));
    candidates.add(envlist(toxIni.getOrDefault("tox", Map.of()).get("envlist"), "tox.ini"));
    candidates.add(envlist(setupCfg.getOrDefault("tox:tox", Map.of()).get("envlist"), "setup.cfg"));
    return candidates.stream().flatMap(Optional::stream).findFirst();
  }

  private static Optional<DeclaredTarget> specifier(String text, String origin, JsonNode node) {
    if (text == null || node != null && !node.isTextual()) {
      return Optional.empty();
    }
    return PythonSpecifier.lowerBound(text)
        .map(version -> new DeclaredTarget(version, String.format(origin, text.trim())));
  }

  private static Optional<DeclaredTarget> oldestOf(Matcher minors, String origin) {
    Integer oldest = null;
    while (minors.find()) {
      int minor = Integer.parseInt(minors.group(1));
      oldest = oldest == null ? minor : Math.min(oldest, minor);
    }
    return oldest == null
        ? Optional.empty()
        : Optional.of(new DeclaredTarget(new PythonVersion(Math.max(oldest, 8)), origin));
  }

  private static Optional<DeclaredTarget> envlist(String envlist, String file) {
    if (envlist == null) {
      return Optional.empty();
    }
    String expanded = envlist;
    for (Matcher braces = TOX_BRACES.matcher(expanded);
        braces.find();
        braces = TOX_BRACES.matcher(expanded)) {
      // py3{9,10}-x  ->  py39-x py310-x : enough to see the Pythons named
      String prefix = expanded.substring(0, braces.start());
      int wordStart = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf(',')) + 1;
      String stem = prefix.substring(wordStart);
      StringBuilder words = new StringBuilder();
      for (String part : braces.group(1).split(",")) {
        words.append(' ').append(stem).append(part.trim());
      }
      expanded = prefix.substring(0, wordStart) + words + " " + expanded.substring(braces.end());
    }
    return oldestOf(TOX_ENV.matcher(expanded), "the envlist of " + file);
  }

  private static JsonNode readToml(Path file) {
    String text = text(file);
    if (text.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return new TomlMapper().readTree(text);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** A small file's text, or "" when it is absent, unreadable or not a regular file. */
  private static String text(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 1 << 20) {
        return "";
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The sections and keys of an INI file as setuptools and tox read it: {@code key = value} or
   * {@code key: value}, values continued on indented lines, {@code #} and {@code ;} comments.
   */
  static final class Ini {

    private Ini() {}

    static Map<String, Map<String, String>> read(String text) {
      Map<String, Map<String, String>> sections = new LinkedHashMap<>();
      Map<String, String> section = null;
      String key = null;
      for (String line : text.split("\r\n|\r|\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
          continue;
        }
        if (Character.isWhitespace(line.charAt(0)) && section != null && key != null) {
          section.merge(key, trimmed, (old, more) -> old.isEmpty() ? more : old + "\n" + more);
          continue;
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
          section =
              sections.computeIfAbsent(
                  trimmed.substring(1, trimmed.length() - 1).strip().toLowerCase(Locale.ROOT),
                  name -> new LinkedHashMap<>());
          key = null;
          continue;
        }
        int equals = trimmed.indexOf('=');
        int colon = trimmed.indexOf(':');
        int split = equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
        if (section == null || split <= 0) {
          key = null;
          continue;
        }
        key = trimmed.substring(0, split).strip().toLowerCase(Locale.ROOT).replace('-', '_');
        section.put(key, trimmed.substring(split + 1).strip());
      }
      return sections;
    }
  }
}
