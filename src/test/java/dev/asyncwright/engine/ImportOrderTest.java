package dev.asyncwright.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportOrderTest {

  private static List<String> imported(String text, String packageName) {
    return ImportOrder.importedModules(text.getBytes(StandardCharsets.UTF_8), packageName);
  }

  @Test
  void readsPlainFromAndRelativeImportsWithTheirPackages() {
    String text =
        """
        import os.path, json as j
        from .client import (Session,
            Response)
        from .. import helpers
        if TYPE_CHECKING:
            from aiohttp.web import Application
        x = "import not_an_import"
        """;
    assertEquals(
        List.of(
            "os",
            "os.path",
            "json",
            "pkg",
            "pkg.sub",
            "pkg.sub.client",
            "pkg.sub.client.Session",
            "pkg",
            "pkg.helpers",
            "aiohttp",
            "aiohttp.web",
            "aiohttp.web.Application"),
        imported(text, "pkg.sub"));
  }

  @Test
  void aRelativeImportWithoutAPackageGivesNothing() {
    assertEquals(List.of(), imported("from . import x\nfrom .a import b\n", ""));
  }

  @Test
  void wordsThatOnlyStartLikeImportsAreNotImports() {
    assertEquals(List.of(), imported("imported = 1\nfromage = 2\nfrom_ = 3\n", "p"));
  }

  @Test
  void modulesComeBeforeTheirImportersAndTiesKeepTheInputOrder() {
    List<String> modules =
        Arrays.asList("app.views", "app.models", null, "app.db", "tests.test_app");
    List<List<String>> imports =
        List.of(
            List.of("app", "app.models"),
            List.of("app.db"),
            List.of("app.views"),
            List.of(),
            List.of("app.views", "app.db"));
    assertArrayEquals(new int[] {3, 1, 0, 2, 4}, ImportOrder.order(modules, imports));
  }

  @Test
  void aCycleIsBrokenWhereTheInputOrderMeetsIt() {
    List<String> modules = List.of("a", "b", "c");
    List<List<String>> imports = List.of(List.of("b"), List.of("a"), List.of("a"));
    assertArrayEquals(new int[] {1, 0, 2}, ImportOrder.order(modules, imports));
  }

  @Test
  void aLongChainOfImportsNeedsNoDeepStack() {
    int length = 100_000;
    List<String> modules = new java.util.ArrayList<>();
    List<List<String>> imports = new java.util.ArrayList<>();
    for (int i = 0; i < length; i++) {
      modules.add("m" + i);
      imports.add(i + 1 < length ? List.of("m" + (i + 1)) : List.of());
    }
    int[] order = ImportOrder.order(modules, imports);
    assertEquals(length - 1, order[0]);
    assertEquals(0, order[length - 1]);
  }
}
