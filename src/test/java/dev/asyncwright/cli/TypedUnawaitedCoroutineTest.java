package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AW601 on methods of values whose class the code says: locals made by constructors, annotated
 * parameters, {@code self} attributes, what functions are annotated to return, methods inherited
 * along the tree's classes, asyncio's classes from the library knowledge, re-exported names. The
 * project under {@code src/test/resources/typed} marks every line that must be reported with {@code
 * # AW601}; every other line must not be.
 */
class TypedUnawaitedCoroutineTest {

  @TempDir Path dir;

  @Test
  void everyMarkedLineAndNoOther() throws Exception {
    Path source = Path.of("src/test/resources/typed");
    List<String> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
        Path copy = dir.resolve(source.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).endsWith("# AW601")) {
            expected.add(source.relativize(file) + ":" + (i + 1));
          }
        }
      }
    }
    Run run = Run.of("check", "--select", "AW601", "--output-format", "json", "--exit-zero", dir);
    TreeSet<String> found = new TreeSet<>();
    for (JsonNode finding : new ObjectMapper().readTree(run.out())) {
      Path file = Path.of(finding.get("filename").asText());
      found.add(dir.relativize(file) + ":" + finding.get("location").get("row").asInt());
    }
    assertEquals(new TreeSet<>(expected), found, run::toString);
  }
}
