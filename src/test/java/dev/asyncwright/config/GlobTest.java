package dev.asyncwright.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void matchesAsTheJdksGlobsDoOnOrdinaryPatterns() {
    List<String> globs =
        List.of(
            "*.py",
            "tests/*",
            "tests/**",
            "**/test_*.py",
            "src/?.py",
            "[abc].py",
            "[!a]*.py",
            "[a-c]x.py",
            "{src,lib}/*.py",
            "a/{b,ce}/f.py",
            "**",
            "*",
            "gen/**/*.py");
    List<String> paths =
        List.of(
            "a.py",
            "b.py",
            "x.py",
            "bx.py",
            "dx.py",
            "tests/a.py",
            "tests/sub/a.py",
            "pkg/tests/test_x.py",
            "test_y.py",
            "src/a.py",
            "src/ab.py",
            "lib/z.py",
            "a/b/f.py",
            "a/ce/f.py",
            "a/cf/f.py",
            "gen/x/y/z.py",
            "gen/z.py",
            "README");
    for (String glob : globs) {
      PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      Glob ours = Glob.of(glob);
      for (String path : paths) {
        assertEquals(jdk.matches(Path.of(path)), ours.matches(path), glob + " against " + path);
      }
    }
  }

  @Test
  void bracesNestWhichTheJdksDoNot() {
    Glob nested = Glob.of("a/{b,c{d,e}}/f.py");
    assertTrue(nested.matches("a/b/f.py"));
    assertTrue(nested.matches("a/ce/f.py"));
    assertFalse(nested.matches("a/c/f.py"));
  }

  @Test
  void aPatternMadeToBacktrackIsAnsweredInOnePass() {
    // The JDK's regular expression for this glob backtracks exponentially on a name without
    // the final "b": its match never ends. Ours reads the name once per state.
    String glob = "*a".repeat(30) + "b";
    String name = "a".repeat(60);
    assertFalse(Glob.of(glob).matches(name));
    assertTrue(Glob.of(glob).matches(name + "b"));
  }

  @Test
  void brokenGlobsSayWhat() {
    assertEquals(
        "a '[' is never closed",
        assertThrows(IllegalArgumentException.class, () -> Glob.of("src/[ab")).getMessage());
    assertEquals(
        "a '{' is never closed",
        assertThrows(IllegalArgumentException.class, () -> Glob.of("{a,b")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Glob.of("{a,b}{c,d}{e,f}".repeat(4)));
  }
}
