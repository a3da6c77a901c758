package dev.asyncwright.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeImportsTest {

  @Test
  void aModulesPackageIsItsParentAndAnInitsIsItself() {
    assertEquals("pkg.sub", RelativeImports.packageOf("pkg.sub.mod", false));
    assertEquals("pkg.sub", RelativeImports.packageOf("pkg.sub", true));
    assertEquals("", RelativeImports.packageOf("script", false));
  }

  @Test
  void eachDotBeyondTheFirstClimbsOnePackage() {
    assertEquals("pkg.sub.a", RelativeImports.absolute(".a", "pkg.sub"));
    assertEquals("pkg.sub", RelativeImports.absolute(".", "pkg.sub"));
    assertEquals("pkg.a.b", RelativeImports.absolute("..a.b", "pkg.sub"));
    assertEquals("pkg", RelativeImports.absolute("..", "pkg.sub"));
    assertEquals("os.path", RelativeImports.absolute("os.path", "pkg.sub"), "absolute as it is");
  }

  @Test
  void whatPythonCannotResolveStaysAsWritten() {
    assertEquals("...a", RelativeImports.absolute("...a", "pkg.sub"), "above the top package");
    assertEquals(".a", RelativeImports.absolute(".a", ""), "a top-level module has no package");
    assertEquals(".a", RelativeImports.absolute(".a", null), "the package is not known");
  }
}
