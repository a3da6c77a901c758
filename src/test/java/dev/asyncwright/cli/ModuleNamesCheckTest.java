package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's name, and so what {@code from pkg.a import fetch} finds, comes from the project's
 * import roots (the first folder up without an {@code __init__.py}), never from the folder a scan
 * starts in: the whole project, a package, or the files one by one give the same AW601 finding.
 * Paths are given absolute and relative to the working directory (with {@code ..} in them), as a
 * user in another folder would type them.
 */
class ModuleNamesCheckTest {

  private static final Pattern FINDING = Pattern.compile("(.+):(\\d+):(\\d+): (AW\\d{3}) .+");

  private static final String FETCH = "async def fetch():\n    return 1\n";

  @TempDir Path temp;

  @Test
  void flatLayoutGivesTheSameFindingFromEveryStartingFolder() throws IOException {
    Path project = temp.resolve("proj");
    write(project, "pkg/__init__.py", "");
    write(project, "pkg/a.py", FETCH);
    Path b =
        write(project, "pkg/b.py", "from pkg.a import fetch\n\nasync def main():\n    fetch()\n");
    List<String> expected = List.of(b + ":4:5: AW601");

    for (Path start : List.of(project, project.resolve("pkg"))) {
      assertEquals(expected, aw601(start), () -> "check " + start);
      assertEquals(expected, aw601(relative(start)), () -> "check " + relative(start));
    }
    assertEquals(expected, aw601(project.resolve("pkg/a.py"), project.resolve("pkg/b.py")));
    assertEquals(
        expected,
        aw601(relative(project.resolve("pkg/b.py")), relative(project.resolve("pkg/a.py"))));
  }

  @Test
  void srcLayoutNamesModulesFromTheSrcFolder() throws IOException {
    Path project = temp.resolve("proj");
    write(project, "pyproject.toml", "[project]\nname = \"pkg\"\n");
    write(project, "src/pkg/__init__.py", "");
    write(project, "src/pkg/a.py", FETCH);
    Path b =
        write(
            project,
            "src/pkg/b.py",
            "from pkg import a\nfrom pkg.a import fetch as get\n\n"
                + "async def main():\n    get()\n    a.fetch()\n");
    List<String> expected = List.of(b + ":5:5: AW601", b + ":6:5: AW601");

    for (Path start : List.of(project, project.resolve("src"), project.resolve("src/pkg"))) {
      assertEquals(expected, aw601(start), () -> "check " + start);
    }
  }

  @Test
  void relativeImportsResolveInTheirPackage() throws IOException {
    Path project = temp.resolve("proj");
    write(project, "pkg/__init__.py", "from .a import fetch\n\nasync def main():\n    fetch()\n");
    write(project, "pkg/a.py", FETCH);
    write(project, "pkg/sub/__init__.py", "");
    Path c =
        write(
            project,
            "pkg/sub/c.py",
            "from ..a import fetch\nfrom .. import a\nfrom ... import a as beyond\n\n"
                + "async def main():\n    fetch()\n    a.fetch()\n    beyond.fetch()\n");
    Path init = project.resolve("pkg/__init__.py");
    // `from ... import a` climbs above the top-level package: Python refuses it, so do we
    List<String> expected = List.of(init + ":4:5: AW601", c + ":6:5: AW601", c + ":7:5: AW601");

    for (Path start : List.of(project, project.resolve("pkg"), project.resolve("pkg/sub"))) {
      List<String> found = aw601(start, project.resolve("pkg/a.py"), init);
      assertEquals(expected, found.stream().distinct().toList(), () -> "check " + start);
    }
  }

  @Test
  void aModuleOutsideThePackageDoesNotStandInForIt() throws IOException {
    // Scanned from inside pkg, a.py used to be named `a`: a top-level `a` is another module.
    Path project = temp.resolve("proj");
    write(project, "pkg/__init__.py", "");
    write(project, "pkg/a.py", FETCH);
    write(project, "pkg/b.py", "from a import fetch\n\nasync def main():\n    fetch()\n");

    assertEquals(List.of(), aw601(project.resolve("pkg")));
    assertEquals(List.of(), aw601(project));
  }

  @Test
  void aFileOrFolderCheckedAloneKnowsTheProjectModulesItImports() throws IOException {
    Path project = temp.resolve("proj");
    write(project, "pyproject.toml", "[project]\nname = \"pkg\"\n");
    write(project, "pkg/__init__.py", "from .client import Client\n");
    write(project, "pkg/client.py", "class Client:\n    async def get(self):\n        return 1\n");
    write(project, "pkg/a.py", FETCH);
    Path b = write(project, "pkg/b.py", "from .a import fetch\n\nasync def main():\n    fetch()\n");
    Path test =
        write(
            project,
            "tests/test_client.py",
            "from pkg import Client\n\n\nasync def test(client: Client):\n    client.get()\n");

    List<String> both = List.of(b + ":4:5: AW601", test + ":5:5: AW601");
    assertEquals(both, aw601(project));
    assertEquals(List.of(test + ":5:5: AW601"), aw601(project.resolve("tests")));
    assertEquals(List.of(test + ":5:5: AW601"), aw601(test));
    assertEquals(List.of(b + ":4:5: AW601"), aw601(b));
    assertEquals(List.of(b + ":4:5: AW601"), aw601(relative(b)));
  }

  @Test
  void anImportedModuleIsReadButNeitherReportedNorFixed() throws IOException {
    Path project = temp.resolve("proj");
    write(project, "pyproject.toml", "[project]\nname = \"pkg\"\n");
    write(project, "pkg/__init__.py", "");
    String bug = FETCH + "\n\nasync def also():\n    fetch()\n";
    Path a = write(project, "pkg/a.py", bug);
    Path b =
        write(project, "pkg/b.py", "from pkg.a import fetch\n\nasync def main():\n    fetch()\n");

    Run run = Run.of("check", "--quiet", "--select", "AW601", "--fix", "--unsafe-fixes", b);
    assertEquals(0, run.status(), run::toString);
    assertEquals(bug, Files.readString(a));
    assertEquals(
        "from pkg.a import fetch\n\nasync def main():\n    await fetch()\n", Files.readString(b));
  }

  @Test
  void aSymbolicLinkOrAnExcludedFileIsNotReadForImports() throws IOException {
    Path project = temp.resolve("proj");
    write(project, "pyproject.toml", "[tool.asyncwright]\nexclude = [\"vendor\"]\n");
    Path outside = write(temp, "elsewhere/a.py", FETCH);
    write(project, "pkg/__init__.py", "");
    Files.createSymbolicLink(project.resolve("pkg/a.py"), outside);
    write(project, "vendor/__init__.py", "");
    write(project, "vendor/v.py", FETCH);
    Path b =
        write(
            project,
            "pkg/b.py",
            "from pkg.a import fetch\nfrom vendor.v import fetch as other\n\n"
                + "async def main():\n    fetch()\n    other()\n");

    assertEquals(List.of(), aw601(b));
  }

  /** The AW601 findings of {@code check --select AW601 PATHS}, each file as an absolute path. */
  private static List<String> aw601(Path... paths) {
    List<Object> args = new ArrayList<>(List.of("check", "--quiet", "--select", "AW601"));
    args.addAll(List.of((Object[]) paths));
    Run run = Run.of(args.toArray());
    List<String> found = new ArrayList<>();
    for (String line : run.outLines()) {
      Matcher matcher = FINDING.matcher(line);
      if (matcher.matches()) {
        Path file = Path.of(matcher.group(1)).toAbsolutePath().normalize();
        found.add(file + ":" + matcher.group(2) + ":" + matcher.group(3) + ": " + matcher.group(4));
      }
    }
    assertEquals(found.isEmpty() ? 0 : 1, run.status(), run::toString);
    return found;
  }

  /** The path as typed in the working directory, which is not the temporary folder's parent. */
  private static Path relative(Path path) {
    return Path.of("").toAbsolutePath().relativize(path);
  }

  private static Path write(Path project, String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
