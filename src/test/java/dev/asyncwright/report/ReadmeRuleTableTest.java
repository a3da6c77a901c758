package dev.asyncwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is the registry's: regenerate it with {@code rule --all --markdown}. */
class ReadmeRuleTableTest {

  @Test
  void theReadmeListsEveryRuleAsTheRegistryDescribesIt() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String start = "<!-- rules:start -->\n";
    String end = "<!-- rules:end -->";
    String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
    assertEquals(
        RuleTable.markdown(RuleRegistry.all()),
        table,
        "README.md's rule table is stale: replace it with the output of"
            + " `java -jar target/asyncwright.jar rule --all --markdown`");
  }
}
