package dev.asyncwright.workspace;

import dev.asyncwright.config.Glob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Git's configuration as Git itself reads it, for the few settings our commit depends on (who
 * commits, whether commits must be signed, which repositories are safe). JGit leaves out what
 * people use to pick a work identity: {@code includeIf} sections, {@code GIT_CONFIG_GLOBAL}, {@code
 * GIT_CONFIG_SYSTEM}, {@code GIT_CONFIG_NOSYSTEM}, {@code GIT_CONFIG_COUNT}/{@code KEY_n}/{@code
 * VALUE_n} and {@code config.worktree}; read without them, a commit goes out unsigned under the
 * wrong e-mail. Levels are read in Git's order (system, global, local, worktree, command line); the
 * last value of a key wins.
 *
 * <p>An {@code includeIf} condition that cannot be evaluated here ({@code hasconfig:}) makes the
 * keys its file would set unknown, and a caller asking for one gets told so rather than a guess.
 */
final class GitConfiguration {

  /** One {@code key = value} met, in order; a null value is a key written without {@code =}. */
  private record Entry(String key, String value) {}

  private final List<Entry> entries = new ArrayList<>();
  private final List<String> unknown = new ArrayList<>();
  private final Path gitDir;
  private final String branch;

  private GitConfiguration(Path gitDir, String branch) {
    this.gitDir = gitDir;
    this.branch = branch;
  }

  /** The configuration a Git command run in the repository would see. */
  static GitConfiguration of(Repository repository) throws IOException {
    String full = repository.getFullBranch();
    String branch = full != null && full.startsWith("refs/heads/") ? full.substring(11) : null;
    GitConfiguration config =
        new GitConfiguration(repository.getDirectory().toPath().toAbsolutePath(), branch);
    config.readProtected();
    Path common = repository.getCommonDirectory().toPath();
    config.read(common.resolve("config"));
    if (config.entries.stream()
        .anyMatch(
            e ->
                e.key().equals("extensions.worktreeconfig")
                    && (e.value() == null || truthy(e.value())))) {
      config.read(repository.getDirectory().toPath().resolve("config.worktree"));
    }
    config.readCommandLine();
    return config;
  }

  /**
   * Only the levels the user controls and a repository cannot plant (system, global, command line):
   * where Git reads {@code safe.directory}.
   */
  static GitConfiguration userLevels() throws IOException {
    GitConfiguration config = new GitConfiguration(null, null);
    config.readProtected();
    config.readCommandLine();
    return config;
  }

  private void readProtected() throws IOException {
    SystemReader system = SystemReader.getInstance();
    if (!truthy(system.getenv("GIT_CONFIG_NOSYSTEM"))) {
      String named = system.getenv("GIT_CONFIG_SYSTEM");
      read(
          named != null
              ? Path.of(named)
              : system.openSystemConfig(null, FS.DETECTED).getFile().toPath());
    }
    String global = system.getenv("GIT_CONFIG_GLOBAL");
    if (global != null) {
      read(Path.of(global));
    } else {
      Path xdg = system.getXdgConfigDirectory(FS.DETECTED);
      if (xdg != null) {
        read(xdg.resolve("git").resolve("config"));
      }
      read(system.openUserConfig(null, FS.DETECTED).getFile().toPath());
    }
  }

  /** {@code GIT_CONFIG_COUNT} pairs, as {@code git -c} leaves them for child processes. */
  private void readCommandLine() throws IOException {
    SystemReader system = SystemReader.getInstance();
    String count = system.getenv("GIT_CONFIG_COUNT");
    if (count == null || count.isBlank()) {
      return;
    }
    int n;
    try {
      n = Integer.parseInt(count.strip());
    } catch (NumberFormatException e) {
      throw new IOException("GIT_CONFIG_COUNT is not a number: " + count);
    }
    for (int i = 0; i < n; i++) {
      String key = system.getenv("GIT_CONFIG_KEY_" + i);
      String value = system.getenv("GIT_CONFIG_VALUE_" + i);
      if (key == null || value == null) {
        throw new IOException(
            "GIT_CONFIG_COUNT is " + n + " but GIT_CONFIG_KEY/VALUE_" + i + " is missing");
      }
      int dot = key.indexOf('.');
      int last = key.lastIndexOf('.');
      if (dot < 0) {
        throw new IOException("GIT_CONFIG_KEY_" + i + " is not a section.key: " + key);
      }
      String normal =
          key.substring(0, dot).toLowerCase(Locale.ROOT)
              + key.substring(dot, last + 1)
              + key.substring(last + 1).toLowerCase(Locale.ROOT);
      add(normal, value);
    }
  }

  /** The last value of a key (section, subsection and name joined with dots), if any. */
  Optional<String> get(String key) throws UnknownSetting {
    String normal = normalKey(key);
    if (unknown.contains(normal)) {
      throw new UnknownSetting(normal, "an includeIf condition Asyncwright cannot evaluate");
    }
    String value = null;
    boolean found = false;
    for (Entry entry : entries) {
      if (entry.key().equals(normal)) {
        value = entry.value() == null ? "true" : entry.value();
        found = true;
      }
    }
    return found ? Optional.of(value) : Optional.empty();
  }

  /** Every value of a key, in order (for multi-valued keys such as {@code safe.directory}). */
  List<String> getAll(String key) {
    String normal = normalKey(key);
    return entries.stream()
        .filter(entry -> entry.key().equals(normal))
        .map(entry -> entry.value() == null ? "" : entry.value())
        .toList();
  }

  boolean getBoolean(String key, boolean otherwise) throws UnknownSetting {
    return get(key).map(GitConfiguration::truthy).orElse(otherwise);
  }

  /**
   * The author (or committer) Git would record, as Git's ident code finds them: the environment
   * ({@code GIT_AUTHOR_NAME}, ...), then {@code author.*} (or {@code committer.*}), then {@code
   * user.*}, and for the e-mail at last {@code EMAIL}; empty when a name or e-mail is not set (Git
   * would guess one from the system, which we never commit under).
   */
  Optional<PersonIdent> person(boolean author) throws UnknownSetting {
    String role = author ? "author" : "committer";
    SystemReader system = SystemReader.getInstance();
    String env = author ? "GIT_AUTHOR_" : "GIT_COMMITTER_";
    String name = system.getenv(env + "NAME");
    if (name == null) {
      name = get(role + ".name").orElse(null);
      if (name == null) {
        name = get("user.name").orElse(null);
      }
    }
    String email = system.getenv(env + "EMAIL");
    if (email == null) {
      email = get(role + ".email").orElse(null);
      if (email == null) {
        email = get("user.email").orElse(system.getenv("EMAIL"));
      }
    }
    if (name == null || name.isBlank() || email == null || email.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new PersonIdent(name, email));
  }

  /** A setting whose value depends on what this reader cannot evaluate. */
  static final class UnknownSetting extends Exception {
    UnknownSetting(String key, String why) {
      super(key + " depends on " + why);
    }
  }

  private static String normalKey(String key) {
    int dot = key.indexOf('.');
    int last = key.lastIndexOf('.');
    return key.substring(0, dot).toLowerCase(Locale.ROOT)
        + key.substring(dot, last + 1)
        + key.substring(last + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean truthy(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("yes") || v.equals("on")) {
      return true;
    }
    try {
      return Integer.parseInt(v) != 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  // ---- reading files

  /** How deep includes may nest before Git calls it a loop. */
  private static final int MAX_DEPTH = 10;

  private void read(Path file) throws IOException {
    read(file, 0, false);
  }

  /**
   * Reads a file's entries in order, its includes where they stand.
   *
   * @param unknownKeys whether the file is included under a condition that cannot be told: its keys
   *     are then marked unknown instead of set
   */
  private void read(Path file, int depth, boolean unknownKeys) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("includes nested more than " + MAX_DEPTH + " deep at " + file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException | java.nio.file.NotDirectoryException missing) {
      return; // a missing file is an empty level, as in Git (includes too)
    } catch (java.nio.charset.MalformedInputException e) {
      text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
    new Parser(text, file)
        .parse(
            (key, value) -> {
              if (unknownKeys) {
                unknown.add(key);
              } else {
                add(key, value);
              }
              if (value == null) {
                return;
              }
              if (key.equals("include.path")) {
                read(resolve(value, file), depth + 1, unknownKeys);
              } else if (key.startsWith("includeif.") && key.endsWith(".path")) {
                String condition =
                    key.substring("includeif.".length(), key.length() - ".path".length());
                Boolean holds = holds(condition, file);
                if (holds == null || holds) {
                  read(resolve(value, file), depth + 1, unknownKeys || holds == null);
                }
              }
            });
  }

  private void add(String key, String value) {
    unknown.remove(key); // a later value of a key decides it again
    entries.add(new Entry(key, value));
  }

  /**
   * An include path: {@code ~/} is the home folder, a relative path the including file's folder.
   */
  private static Path resolve(String path, Path including) throws IOException {
    if (path.startsWith("~/")) {
      return home().resolve(path.substring(2));
    }
    Path named = Path.of(path);
    if (named.isAbsolute()) {
      return named;
    }
    if (including == null) {
      throw new IOException("a relative include path on the command line: " + path);
    }
    return including.toAbsolutePath().getParent().resolve(named);
  }

  private static Path home() {
    java.io.File home = FS.DETECTED.userHome();
    return home == null ? Path.of(System.getProperty("user.home")) : home.toPath();
  }

  /** Whether an includeIf condition holds here; null when it cannot be told. */
  private Boolean holds(String condition, Path including) throws IOException {
    if (condition.startsWith("gitdir:") || condition.startsWith("gitdir/i:")) {
      if (gitDir == null) {
        return false; // the levels read without a repository
      }
      boolean ignoreCase = condition.startsWith("gitdir/i:");
      String pattern = condition.substring(condition.indexOf(':') + 1);
      if (pattern.startsWith("~/")) {
        pattern = home().resolve(pattern.substring(2)).toString();
      } else if (pattern.startsWith("./")) {
        pattern = including.toAbsolutePath().getParent().resolve(pattern.substring(2)).toString();
      } else if (!pattern.startsWith("/")) {
        pattern = "**/" + pattern;
      }
      if (pattern.endsWith("/")) {
        pattern += "**";
      }
      List<String> candidates = new ArrayList<>(List.of(gitDir.normalize().toString()));
      try {
        candidates.add(gitDir.toRealPath().toString());
      } catch (IOException unresolved) {
        // the path as found is the one to match
      }
      String glob = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
      Glob compiled = Glob.of(glob);
      for (String candidate : candidates) {
        if (compiled.matches(ignoreCase ? candidate.toLowerCase(Locale.ROOT) : candidate)) {
          return true;
        }
      }
      return false;
    }
    if (condition.startsWith("onbranch:")) {
      if (branch == null) {
        return false; // detached, or no repository
      }
      String pattern = condition.substring("onbranch:".length());
      if (pattern.endsWith("/")) {
        pattern += "**";
      }
      return Glob.of(pattern).matches(branch);
    }
    return null; // hasconfig:, and conditions of later Gits
  }

  /** Git's configuration syntax: sections, keys, quoted values, escapes, continuations. */
  private static final class Parser {
    interface Sink {
      void accept(String key, String value) throws IOException;
    }

    private final String text;
    private final Path file;
    private int at;

    Parser(String text, Path file) {
      this.text = text;
      this.file = file;
    }

    void parse(Sink sink) throws IOException {
      String section = null;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
          at++;
        } else if (c == '#' || c == ';') {
          skipLine();
        } else if (c == '[') {
          section = header();
        } else if (Character.isLetter(c)) {
          if (section == null) {
            throw error("a key before any section");
          }
          int start = at;
          while (at < text.length()
              && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
            at++;
          }
          String name = text.substring(start, at).toLowerCase(Locale.ROOT);
          skipBlanks();
          String value = null;
          if (at < text.length() && text.charAt(at) == '=') {
            at++;
            value = value();
          } else {
            skipLine();
          }
          sink.accept(section + "." + name, value);
        } else {
          throw error("unexpected '" + c + "'");
        }
      }
    }

    private String header() throws IOException {
      at++; // [
      int start = at;
      while (at < text.length()
          && text.charAt(at) != ']'
          && text.charAt(at) != '"'
          && text.charAt(at) != ' '
          && text.charAt(at) != '\t') {
        at++;
      }
      String name = text.substring(start, at);
      String section;
      skipBlanks();
      if (at < text.length() && text.charAt(at) == '"') {
        at++;
        StringBuilder sub = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
          char c = text.charAt(at++);
          if (c == '\n') {
            throw error("a newline in a subsection name");
          }
          if (c == '\\' && at < text.length()) {
            c = text.charAt(at++);
          }
          sub.append(c);
        }
        at++; // closing quote
        skipBlanks();
        section = name.toLowerCase(Locale.ROOT) + "." + sub;
      } else {
        int dot = name.indexOf('.');
        // the old [section.subsection] form: both parts are case-insensitive
        section =
            dot < 0
                ? name.toLowerCase(Locale.ROOT)
                : name.substring(0, dot).toLowerCase(Locale.ROOT)
                    + "."
                    + name.substring(dot + 1).toLowerCase(Locale.ROOT);
      }
      if (at >= text.length() || text.charAt(at) != ']') {
        throw error("a section header without ']'");
      }
      at++;
      return section;
    }

    private String value() throws IOException {
      StringBuilder value = new StringBuilder();
      boolean quoted = false;
      int trailingSpace = 0; // unquoted blanks at the end are not part of the value
      skipBlanks();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '\n' || c == '\r' && !quoted && peek() == '\n') {
          if (quoted) {
            throw error("a quote left open at the end of a line");
          }
          if (c == '\r') {
            at++;
          }
          break;
        }
        if (!quoted && (c == '#' || c == ';')) {
          skipLine();
          break;
        }
        if (c == '"') {
          quoted = !quoted;
          trailingSpace = 0;
          continue;
        }
        if (c == '\\') {
          char next = at < text.length() ? text.charAt(at++) : '\n';
          switch (next) {
            case '\n' -> {
              trailingSpace = 0;
              continue; // a continuation line
            }
            case '\r' -> {
              if (peek() == '\n') {
                at++;
              }
              continue;
            }
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'b' -> value.append('\b');
            case '\\', '"' -> value.append(next);
            default -> throw error("an unknown escape \\" + next);
          }
          trailingSpace = 0;
          continue;
        }
        value.append(c);
        trailingSpace = !quoted && (c == ' ' || c == '\t') ? trailingSpace + 1 : 0;
      }
      value.setLength(value.length() - trailingSpace);
      return value.toString();
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipBlanks() {
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
    }

    private void skipLine() {
      while (at < text.length() && text.charAt(at) != '\n') {
        at++;
      }
    }

    private IOException error(String what) {
      int line = 1;
      for (int i = 0; i < Math.min(at, text.length()); i++) {
        line += text.charAt(i) == '\n' ? 1 : 0;
      }
      return new IOException("bad Git configuration " + file + " line " + line + ": " + what);
    }
  }
}
