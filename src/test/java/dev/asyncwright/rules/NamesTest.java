package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import org.junit.jupiter.api.Test;

class NamesTest {

  private static RuleContext context(String text) {
    ParsedModule module = (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
    return new RuleContext(
        ModuleModel.of(module), new PythonVersion(11), ProjectIndex.EMPTY, finding -> {});
  }

  @Test
  void aNameIsFreeOnlyWhenEveryMentionIsAllowed() {
    RuleContext context = context("import os\nos.task = 1\ndef g(task):\n    return done\n");
    ModuleModel model = context.model();
    assertTrue(Names.onlyMentionedBy(model, "missing", p -> false));
    assertTrue(Names.onlyMentionedBy(model, "done", p -> true));
    assertFalse(Names.onlyMentionedBy(model, "done", p -> false));
    assertFalse(Names.onlyMentionedBy(model, "task", p -> true)); // a parameter
    assertFalse(Names.onlyMentionedBy(model, "os", p -> false));
  }

  @Test
  void mentionsOutsideTheGivenNodeDoNotCount() {
    RuleContext context = context("def f(task):\n    return task\n\ndef g():\n    pass\n");
    ModuleModel model = context.model();
    var g = model.functions().get(1);
    assertTrue(Names.onlyMentionedBy(model, "task", g, p -> false));
    assertFalse(Names.onlyMentionedBy(model, "task", model.functions().get(0), p -> true));
  }
}
