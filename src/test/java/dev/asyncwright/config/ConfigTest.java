package dev.asyncwright.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigLoader} and {@link RuleSelection}. */
class ConfigTest {

  @TempDir Path temp;

  // ---- ConfigLoader ----

  @Test
  void requiresPythonSetsTheTarget() throws Exception {
    Map<String, Integer> cases =
        Map.of(
            ">=3.9", 9,
            "~=3.10", 10,
            ">=3.8,<4", 8,
            "==3.12.*", 12,
            ">= 3.11", 11,
            "<3.13,>=3.9", 9,
            ">=3.10.2", 10,
            ">=3.8, !=3.9.*", 8,
            ">=3.14", 14,
            "~=3.15.0", 15);
    for (Map.Entry<String, Integer> c : cases.entrySet()) {
      ProjectConfig config = read("[project]\nrequires-python = \"" + c.getKey() + "\"\n");
      assertEquals(new PythonVersion(c.getValue()), config.target(), c.getKey());
      assertEquals(
          "requires-python = " + c.getKey().trim() + " in pyproject.toml",
          config.effectiveTarget().origin());
      assertTrue(config.targetVersion().isEmpty());
    }
  }

  @Test
  void requiresPythonLowerBoundsWithoutMinorOrExclusive() throws Exception {
    assertTrue(read("[project]\nrequires-python = \">=3\"\n").target().minor() <= 8, ">=3");
    assertEquals(new PythonVersion(8), read("[project]\nrequires-python = \">3.8\"\n").target());
  }

  @Test
  void targetVersionWinsOverRequiresPythonAndTheDefaultIsPy310() throws Exception {
    ProjectConfig both =
        read(
            "[project]\nrequires-python = \">=3.8\"\n\n[tool.asyncwright]\n"
                + "target-version = \"py310\"\n");
    assertEquals(new PythonVersion(10), both.target());
    assertTrue(both.effectiveTarget().origin().startsWith("target-version = \"py310\" in "));
    assertEquals(new PythonVersion(10), read("[project]\nname = \"x\"\n").target());
    assertEquals(new PythonVersion(10), ProjectConfig.NONE.target());
    assertEquals(PythonVersion.DEFAULT, new PythonVersion(10));
    assertEquals(DeclaredTarget.DEFAULT, ProjectConfig.NONE.effectiveTarget());
    assertEquals(
        new PythonVersion(12), read("[tool.asyncwright]\ntarget-version = \"3.12\"\n").target());
  }

  @Test
  void readsEveryKey() throws Exception {
    ProjectConfig config =
        read(
            "[tool.asyncwright]\n"
                + "select = [\"AW1\", \"AW201\"]\n"
                + "ignore = [\"AW104\"]\n"
                + "exclude = [\"build\", \"legacy/*.py\"]\n"
                + "target-version = \"py39\"\n"
                + "unsafe-fixes = true\n"
                + "\n[tool.asyncwright.per-file-ignores]\n"
                + "\"tests/*.py\" = [\"AW101\", \"AW102\"]\n");
    assertEquals(Optional.of(temp.resolve("pyproject.toml")), config.file());
    assertEquals(Optional.of(temp), config.root());
    assertEquals(Optional.of(List.of("AW1", "AW201")), config.select());
    assertEquals(Optional.of(List.of("AW104")), config.ignore());
    assertEquals(List.of("build", "legacy/*.py"), config.exclude());
    assertEquals(Optional.of(new PythonVersion(9)), config.targetVersion());
    assertEquals(Optional.of(true), config.unsafeFixes());
    assertEquals(Map.of("tests/*.py", List.of("AW101", "AW102")), config.perFileIgnores());
  }

  @Test
  void errorsNameTheFileAndTheKey() throws Exception {
    String[][] cases = {
      {"[tool.asyncwright]\nselect = \"AW101\"\n", "select"},
      {"[tool.asyncwright]\nignore = [\"AW101\", 3]\n", "ignore"},
      {"[tool.asyncwright]\nexclude = {}\n", "exclude"},
      {"[tool.asyncwright]\ntarget-version = \"py2\"\n", "target-version"},
      {"[tool.asyncwright]\nunsafe-fixes = 1\n", "unsafe-fixes"},
      {"[tool.asyncwright]\nper-file-ignores = \"x\"\n", "per-file-ignores"},
      {"[tool.asyncwright.per-file-ignores]\n\"tests/*\" = \"AW101\"\n", "tests/*"},
      {"[tool.asyncwright]\nfix = true\n", "'fix'"},
      {"[project]\nrequires-python = [\">=3.9\"]\n", "requires-python"},
      {"[tool]\nasyncwright = 3\n", "[tool.asyncwright]"},
      {"[tool.asyncwright\n", "TOML"},
      {"select = = 1\n", "TOML"},
    };
    for (String[] c : cases) {
      Path file = Files.writeString(temp.resolve("pyproject.toml"), c[0]);
      ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.read(file), c[0]);
      assertTrue(e.getMessage().contains(file.toString()), () -> c[0] + " -> " + e.getMessage());
      assertTrue(e.getMessage().contains(c[1]), () -> c[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void findTakesTheNearestPyprojectAtOrAboveThePath() throws Exception {
    Files.writeString(temp.resolve("pyproject.toml"), "[tool.asyncwright]\nselect = [\"AW1\"]\n");
    Path pkg = Files.createDirectories(temp.resolve("pkg/sub"));
    Path file = Files.writeString(pkg.resolve("m.py"), "x = 1\n");
    assertEquals(Optional.of(temp.resolve("pyproject.toml")), ConfigLoader.find(pkg).file());
    assertEquals(Optional.of(temp.resolve("pyproject.toml")), ConfigLoader.find(file).file());
    Files.writeString(temp.resolve("pkg/pyproject.toml"), "[project]\nname = \"inner\"\n");
    ProjectConfig inner = ConfigLoader.find(file);
    assertEquals(Optional.of(temp.resolve("pkg/pyproject.toml")), inner.file());
    assertEquals(Optional.empty(), inner.select(), "a nearer file without the table wins");
  }

  @Test
  void aPyprojectAboveTheRepositoryIsNotRead() throws Exception {
    // planted in a parent folder (a shared /tmp): it would switch on unsafe fixes below it
    Files.writeString(temp.resolve("pyproject.toml"), "[tool.asyncwright]\nunsafe-fixes = true\n");
    Path repository = Files.createDirectories(temp.resolve("clone/.git")).getParent();
    Path pkg = Files.createDirectories(repository.resolve("pkg"));
    assertEquals(Optional.empty(), ConfigLoader.find(pkg).file());
    assertEquals(Optional.empty(), ConfigLoader.find(pkg).unsafeFixes());
    Files.writeString(repository.resolve("pyproject.toml"), "[project]\nname = \"app\"\n");
    assertEquals(Optional.of(repository.resolve("pyproject.toml")), ConfigLoader.find(pkg).file());
  }

  // ---- RuleSelection ----

  @Test
  void selectionTakesCodesPrefixesAndAll() throws Exception {
    List<String> all = codes(RuleRegistry.all());
    assertEquals(all, codes(RuleSelection.of(List.of("ALL"), List.of(), "test")));
    assertEquals(all, codes(RuleSelection.of(List.of("all"), List.of(), "test")));
    assertEquals(all, codes(RuleSelection.of(List.of("AW"), List.of(), "test")));
    assertEquals(
        all.stream().filter(c -> c.startsWith("AW1")).toList(),
        codes(RuleSelection.of(List.of("AW1"), List.of(), "test")));
    assertEquals(List.of("AW101"), codes(RuleSelection.of(List.of(" aw101 "), List.of(), "test")));
    assertEquals(
        List.of("AW101", "AW201"),
        codes(RuleSelection.of(List.of("AW201", "AW101"), List.of(), "test")));
    assertEquals(
        all.stream().filter(c -> c.startsWith("AW1") && !c.equals("AW104")).toList(),
        codes(RuleSelection.of(List.of("AW1"), List.of("AW104"), "test")));
    assertEquals(
        all.stream().filter(c -> !c.startsWith("AW1")).toList(),
        codes(RuleSelection.of(List.of("ALL"), List.of("AW1"), "test")));
    assertEquals(List.of(), codes(RuleSelection.of(List.of("AW101"), List.of("ALL"), "test")));
    assertEquals(List.of(), codes(RuleSelection.of(List.of(), List.of(), "test")));
  }

  @Test
  void aPrefixThatMatchesNoRuleIsAnError() {
    for (List<String> bad : List.of(List.of("AW999"), List.of("AW1", "XY"), List.of("AW1011"))) {
      ConfigException e =
          assertThrows(
              ConfigException.class, () -> RuleSelection.of(bad, List.of(), "pyproject.toml"));
      assertTrue(e.getMessage().contains("pyproject.toml: select"), e::getMessage);
      assertTrue(e.getMessage().contains(bad.get(bad.size() - 1)), e::getMessage);
    }
    ConfigException ignored =
        assertThrows(
            ConfigException.class,
            () -> RuleSelection.of(List.of("ALL"), List.of("AW95"), RuleSelection.COMMAND_LINE));
    assertEquals(
        "--ignore: unknown rule or prefix AW95 (rules: AW002\u2013AW901; `rule --all` lists them)",
        ignored.getMessage());
    assertTrue(ignored.getMessage().contains("AW95"), ignored::getMessage);
  }

  // ---- helpers ----

  private ProjectConfig read(String toml) throws IOException, ConfigException {
    return ConfigLoader.read(Files.writeString(temp.resolve("pyproject.toml"), toml));
  }

  private static List<String> codes(List<Rule> rules) {
    return rules.stream().map(Rule::code).toList();
  }
}
