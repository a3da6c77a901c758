package dev.asyncwright.workspace;

import dev.asyncwright.config.ConfigException;
import dev.asyncwright.config.ConfigLoader;
import dev.asyncwright.config.DeclaredTarget;
import dev.asyncwright.config.ProjectConfig;
import dev.asyncwright.config.RuleSelection;
import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a scan of some paths runs on: the nearest configuration, the settings it and the front end's
 * overrides make, and one checker input per file found. The command line and the window build their
 * scans here, so that both see the same files with the same rules.
 *
 * @param target the target Python and where it was read
 * @param leftOutForTarget selected rules that do not run: what they advise needs a newer Python
 * @param inputs the files to check
 * @param context the project's modules the files import that are not checked: read for what they
 *     declare (classes, annotations), so that {@code check tests} knows the package its tests use
 *     as {@code check .} does; never reported, never fixed
 */
public record ScanPlan(
    ProjectConfig config,
    Settings settings,
    DeclaredTarget target,
    List<Rule> leftOutForTarget,
    List<Checker.Input> inputs,
    List<Checker.Input> context) {

  /** What the front end says over the configuration; a null field leaves the configured value. */
  public record Overrides(
      List<String> select,
      List<String> ignore,
      String targetVersion,
      Boolean unsafeFixes,
      Boolean preview) {

    public static final Overrides NONE = new Overrides(null, null, null, null, null);
  }

  /**
   * Reads the configuration nearest the first path, and lists the files to check.
   *
   * @param notes hears what was left out that a user would not expect (nested repositories)
   * @throws ConfigException if the configuration, or an override, is wrong (the message names it)
   * @throws IOException if the files cannot be listed
   */
  public static ScanPlan of(List<Path> paths, Overrides overrides, Consumer<String> notes)
      throws ConfigException, IOException {
    ProjectConfig config = ConfigLoader.find(paths.get(0));
    DeclaredTarget target = target(config, overrides);
    RuleSelection.Chosen chosen = rules(config, overrides, target.version());
    boolean unsafe =
        overrides.unsafeFixes() != null
            ? overrides.unsafeFixes()
            : config.unsafeFixes().orElse(false);
    Settings settings = new Settings(chosen.rules(), target.version(), unsafe);
    Path root = config.root().orElse(null);
    ImportRoots roots = new ImportRoots();
    List<Checker.Input> inputs = new ArrayList<>();
    for (SourceTree.Found file : SourceTree.find(paths, config.exclude(), root, notes)) {
      inputs.add(
          new Checker.Input(
              file.file(),
              file.displayPath(),
              roots.moduleName(file.file()),
              ignoredCodes(file.file(), config)));
    }
    List<Path> files = inputs.stream().map(Checker.Input::file).toList();
    // without a configuration or a repository, imports resolve from the folder the scan runs in,
    // as `python -m pytest` would resolve them, if what is scanned lies in it
    Path here = Path.of("").toAbsolutePath().normalize();
    boolean inHere =
        paths.stream().allMatch(path -> path.toAbsolutePath().normalize().startsWith(here));
    Path project = root != null ? root : inHere ? here : null;
    List<Path> importRoots = ImportedModules.roots(files, roots, project);
    List<Checker.Input> context = new ArrayList<>();
    if (!coveredByScan(importRoots, paths)) {
      // some module the files import may lie outside what is checked: look for it
      ImportedModules imported =
          new ImportedModules(
              importRoots, roots, file -> SourceTree.excluded(file, config.exclude(), root));
      Set<String> checkedModules = new HashSet<>();
      inputs.forEach(input -> checkedModules.add(input.moduleName()));
      for (Path file : imported.of(files, checkedModules)) {
        context.add(new Checker.Input(file, file.toString(), roots.moduleName(file), Set.of()));
      }
    }
    return new ScanPlan(
        config,
        settings,
        target,
        chosen.leftOutForTarget(),
        List.copyOf(inputs),
        List.copyOf(context));
  }

  /**
   * Whether every import root lies in a folder the scan walks: then every module the files can
   * import from the tree is checked already (or left out on purpose), and nothing needs reading.
   */
  private static boolean coveredByScan(List<Path> importRoots, List<Path> paths) {
    List<Path> folders =
        paths.stream()
            .filter(java.nio.file.Files::isDirectory)
            .map(path -> path.toAbsolutePath().normalize())
            .toList();
    Set<Path> scanned = new HashSet<>();
    paths.forEach(path -> scanned.add(path.toAbsolutePath().normalize()));
    return importRoots.stream()
        .allMatch(
            importRoot ->
                !java.nio.file.Files.isDirectory(importRoot)
                    || folders.stream().anyMatch(importRoot::startsWith)
                    || everyModuleScanned(importRoot, scanned));
  }

  /**
   * Whether every entry of the folder that an import could name (a {@code .py} file, a folder named
   * as a module is) was given to the scan: the stdlib's entries listed one by one.
   */
  private static boolean everyModuleScanned(Path folder, Set<Path> scanned) {
    try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(folder)) {
      return entries
          .filter(
              entry -> {
                String name = entry.getFileName().toString();
                String module = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
                return module.matches("[A-Za-z_][A-Za-z_0-9]*")
                    && (name.endsWith(".py") || java.nio.file.Files.isDirectory(entry));
              })
          .allMatch(entry -> scanned.contains(entry.toAbsolutePath().normalize()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static DeclaredTarget target(ProjectConfig config, Overrides overrides)
      throws ConfigException {
    if (overrides.targetVersion() == null) {
      return config.effectiveTarget();
    }
    try {
      return new DeclaredTarget(
          PythonVersion.parse(overrides.targetVersion()),
          "--target-version " + overrides.targetVersion());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--target-version: " + e.getMessage());
    }
  }

  private static RuleSelection.Chosen rules(
      ProjectConfig config, Overrides overrides, PythonVersion target) throws ConfigException {
    boolean flags = overrides.select() != null || overrides.ignore() != null;
    List<String> selected =
        overrides.select() != null ? overrides.select() : config.select().orElse(List.of("ALL"));
    List<String> ignored =
        overrides.ignore() != null ? overrides.ignore() : config.ignore().orElse(List.of());
    boolean preview =
        overrides.preview() != null ? overrides.preview() : config.preview().orElse(false);
    return RuleSelection.forCheck(
        selected,
        ignored,
        flags ? RuleSelection.COMMAND_LINE : config.file().map(Path::toString).orElse("defaults"),
        target,
        preview);
  }

  /** The codes that per-file-ignores leave out for this file (codes or prefixes). */
  private static Set<String> ignoredCodes(Path file, ProjectConfig config) throws ConfigException {
    Set<String> codes = new HashSet<>();
    if (config.root().isEmpty()) {
      return codes;
    }
    Path root = config.root().get();
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return codes;
    }
    Path relative = root.relativize(absolute);
    for (Map.Entry<String, List<String>> entry : config.perFileIgnores().entrySet()) {
      if (SourceTree.matches(entry.getKey(), relative)) {
        for (Rule rule :
            RuleSelection.of(
                entry.getValue(),
                List.of(),
                config.file().get() + ": per-file-ignores \"" + entry.getKey() + "\"")) {
          codes.add(rule.code());
        }
      }
    }
    return codes;
  }
}
