package dev.asyncwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "two commands" are two: one that builds and opens the window, one that runs every
 * test, and the second is the one CI runs ({@code .ci/run} ends with it).
 */
class ReadmeCommandsTest {

  @Test
  void theReadmeGivesTwoCommandsAndCiRunsTheSecond() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## The two commands\n");
    assertTrue(section >= 0, "no section 'The two commands'");
    int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
    int end = readme.indexOf("```", start);
    List<String> commands =
        readme
            .substring(start, end)
            .lines()
            .map(line -> line.replaceAll("\\s+#.*$", "").strip())
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    assertEquals(2, commands.size(), commands::toString);
    assertEquals(
        "mvn -B -ntp package -DskipTests && java -jar target/asyncwright.jar", commands.get(0));
    assertEquals("mvn -B -ntp verify", commands.get(1));

    List<String> ci =
        Files.readAllLines(Path.of(".ci/run")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    assertEquals(commands.get(1), ci.get(ci.size() - 1), ".ci/run ends with the README's tests");
  }
}
