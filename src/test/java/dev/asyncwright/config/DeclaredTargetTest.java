package dev.asyncwright.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.python.PythonVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target Python comes from whichever packaging file declares it, and says which. */
class DeclaredTargetTest {

  @TempDir Path temp;

  private DeclaredTarget found(Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = temp.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return ConfigLoader.find(temp).effectiveTarget();
  }

  private static DeclaredTarget target(int minor, String origin) {
    return new DeclaredTarget(new PythonVersion(minor), origin);
  }

  @Test
  void setupCfgPythonRequires() throws Exception {
    assertEquals(
        target(9, "python_requires = >=3.9 in setup.cfg"),
        found(Map.of("setup.cfg", "[metadata]\nname = x\n\n[options]\npython_requires = >=3.9\n")));
  }

  @Test
  void setupPyIsReadAsTextNeverRun() throws Exception {
    String setup =
        "import os\nos.system('touch ran')\nsetup(\n    name='x',\n"
            + "    python_requires=\">=3.8, <4\",\n)\n";
    assertEquals(
        target(8, "python_requires=\">=3.8, <4\" in setup.py"), found(Map.of("setup.py", setup)));
    assertEquals(false, Files.exists(temp.resolve("ran")));
  }

  @Test
  void poetrysCaretAndTilde() throws Exception {
    assertEquals(
        target(9, "[tool.poetry.dependencies] python = ^3.9"),
        found(Map.of("pyproject.toml", "[tool.poetry.dependencies]\npython = \"^3.9\"\n")));
    assertEquals(Optional.of(new PythonVersion(10)), PythonSpecifier.lowerBound("~3.10"));
    assertEquals(Optional.of(new PythonVersion(9)), PythonSpecifier.lowerBound(">=3.9,<4.0"));
    assertEquals(Optional.of(new PythonVersion(12)), PythonSpecifier.lowerBound("3.12.*"));
    assertEquals(
        Optional.of(new PythonVersion(8)), PythonSpecifier.lowerBound(">=3.10 || >=3.8,<3.9"));
    assertEquals(Optional.empty(), PythonSpecifier.lowerBound("<3.13"));
    assertEquals(Optional.empty(), PythonSpecifier.lowerBound("*"));
    // a minor no Python has names nothing (it used to overflow an int)
    assertEquals(Optional.empty(), PythonSpecifier.lowerBound(">=3.99999999999999999999"));
    assertEquals(
        Optional.of(new PythonVersion(9)),
        PythonSpecifier.lowerBound(">=3.99999999999999999999 || >=3.9"));
  }

  @Test
  void classifiersWhenNothingElseSays() throws Exception {
    String cfg =
        "[metadata]\nclassifiers =\n    Programming Language :: Python :: 3\n"
            + "    Programming Language :: Python :: 3.11\n"
            + "    Programming Language :: Python :: 3.9\n"
            + "    Programming Language :: Python :: 3.10\n";
    assertEquals(target(9, "the classifiers of setup.cfg"), found(Map.of("setup.cfg", cfg)));
  }

  @Test
  void pyprojectClassifiers() throws Exception {
    String toml =
        "[project]\nname = \"x\"\nclassifiers = [\n"
            + "  \"Programming Language :: Python :: 3.12\",\n"
            + "  \"Programming Language :: Python :: 3.11\",\n]\n";
    assertEquals(
        target(11, "the classifiers of pyproject.toml"), found(Map.of("pyproject.toml", toml)));
  }

  @Test
  void toxEnvlistWithBraces() throws Exception {
    assertEquals(
        target(9, "the envlist of tox.ini"),
        found(Map.of("tox.ini", "[tox]\nenvlist = lint, py3{11,10,9}-django{42,50}, pypy3\n")));
  }

  @Test
  void theMostPreciseDeclarationWins() throws Exception {
    String cfg =
        "[metadata]\nclassifiers =\n    Programming Language :: Python :: 3.8\n"
            + "[options]\npython_requires = >=3.10\n";
    assertEquals(
        target(10, "python_requires = >=3.10 in setup.cfg"),
        found(Map.of("setup.cfg", cfg, "tox.ini", "[tox]\nenvlist = py38\n")));
  }

  @Test
  void requiresPythonBeatsSetupCfgAndTargetVersionBeatsAll() throws Exception {
    Map<String, String> files =
        Map.of(
            "pyproject.toml", "[project]\nrequires-python = \">=3.11\"\n",
            "setup.cfg", "[options]\npython_requires = >=3.8\n");
    assertEquals(target(11, "requires-python = >=3.11 in pyproject.toml"), found(files));
    Files.writeString(
        temp.resolve("pyproject.toml"),
        "[project]\nrequires-python = \">=3.11\"\n[tool.asyncwright]\ntarget-version = \"py312\"\n");
    DeclaredTarget explicit = ConfigLoader.find(temp).effectiveTarget();
    assertEquals(new PythonVersion(12), explicit.version());
    assertEquals(
        "target-version = \"py312\" in " + temp.resolve("pyproject.toml"), explicit.origin());
  }

  @Test
  void aSubfolderIsCheckedWithItsProjectsTargetAndTheSearchStopsAtTheProjectRoot()
      throws Exception {
    found(Map.of("proj/setup.cfg", "[options]\npython_requires = >=3.9\n", "proj/pkg/m.py", ""));
    assertEquals(
        target(9, "python_requires = >=3.9 in setup.cfg"),
        ConfigLoader.find(temp.resolve("proj/pkg")).effectiveTarget());
    // a folder above the project's root says nothing about the project
    Files.writeString(temp.resolve("setup.cfg"), "[options]\npython_requires = >=3.12\n");
    Files.writeString(temp.resolve("proj/setup.cfg"), "[metadata]\nname = x\n");
    assertEquals(
        DeclaredTarget.DEFAULT, ConfigLoader.find(temp.resolve("proj/pkg")).effectiveTarget());
  }

  @Test
  void brokenOrStrangeFilesDeclareNothingAndNeverStopTheCheck() throws Exception {
    Files.createDirectories(temp.resolve("tox.ini"));
    assertEquals(
        DeclaredTarget.DEFAULT,
        found(
            Map.of(
                "setup.cfg", "[options\npython_requires = >=3.9\n\0\0",
                "setup.py", "setup(python_requires=REQUIRES)\n")));
  }
}
