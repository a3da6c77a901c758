package dev.asyncwright.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeDirectoriesTest {

  private static final Path TREE = Path.of("/srv/repos/app");

  @Test
  void aValueAdmitsItsFolderEverythingOrAFolderBelow() {
    assertTrue(SafeDirectories.listed(TREE, List.of("/srv/repos/app")));
    assertTrue(SafeDirectories.listed(TREE, List.of("*")));
    assertTrue(SafeDirectories.listed(TREE, List.of("/srv/repos/*")));
    assertFalse(SafeDirectories.listed(TREE, List.of("/srv/repos/other", "/srv/rep*")));
    assertFalse(SafeDirectories.listed(TREE, List.of()));
  }

  @Test
  void anEmptyValueResetsTheList() {
    assertFalse(SafeDirectories.listed(TREE, List.of("*", "")));
    assertTrue(SafeDirectories.listed(TREE, List.of("", "/srv/repos/app")));
  }
}
