package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.engine.FileChecker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.semantic.ProjectIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * AW302 rewrites {@code await gather(*[f(u) for u in us])} into a TaskGroup block whose tasks still
 * all start at once: AW701 must see the same fan-out in the rewritten text as in the original, now
 * in its TaskGroup form, over every AW302 fixture.
 */
class UnboundedFanOutAfterGatherTest {

  private static final Pattern ITERABLE = Pattern.compile("per item of `([^`]*)`");
  private static final Pattern TARGET = Pattern.compile("^# target: (py\\d+)", Pattern.MULTILINE);

  @Test
  void gatherRewrittenByAw302KeepsItsAw701Findings() throws Exception {
    Path folder = Path.of(UnboundedFanOutAfterGatherTest.class.getResource("/rules/AW302").toURI());
    Rule gather = RuleRegistry.byCode("AW302").orElseThrow();
    Rule fanOut = RuleRegistry.byCode("AW701").orElseThrow();
    int gathered = 0;
    int grouped = 0;
    List<Path> inputs;
    try (Stream<Path> files = Files.list(folder)) {
      inputs =
          files
              .filter(f -> f.toString().endsWith(".py") && !f.toString().endsWith(".fixed.py"))
              .sorted()
              .toList();
    }
    for (Path input : inputs) {
      SourceFile source =
          SourceFile.decode(input.getFileName().toString(), Files.readAllBytes(input));
      Matcher target = TARGET.matcher(source.text());
      PythonVersion version =
          target.find() ? PythonVersion.parse(target.group(1)) : new PythonVersion(11);
      FileResult fixed =
          new FileChecker(new Settings(List.of(gather), version, true), ProjectIndex.EMPTY)
              .fix(source);
      FileChecker checker =
          new FileChecker(new Settings(List.of(fanOut), version, true), ProjectIndex.EMPTY);
      List<Finding> before = checker.check(source).findings();
      List<Finding> after = checker.check(fixed.result()).findings();
      assertEquals(iterables(before), iterables(after), input.getFileName() + ": AW701 findings");
      gathered += (int) before.stream().filter(f -> f.message().startsWith("`gather()")).count();
      grouped += (int) after.stream().filter(f -> f.message().contains(".create_task()")).count();
    }
    assertTrue(grouped > 0, "no AW302 fixture gave a TaskGroup fan-out");
    assertTrue(grouped <= gathered, "TaskGroup fan-outs the original did not have");
  }

  private static List<String> iterables(List<Finding> findings) {
    List<String> iterables = new ArrayList<>();
    for (Finding finding : findings) {
      Matcher matcher = ITERABLE.matcher(finding.message());
      iterables.add(matcher.find() ? matcher.group(1) : finding.message());
    }
    return iterables.stream().sorted().toList();
  }
}
