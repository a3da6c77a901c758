package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsertionsTest {

  private static RuleContext context(String text) {
    ParsedModule module = (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
    return new RuleContext(
        ModuleModel.of(module), PythonVersion.DEFAULT, ProjectIndex.EMPTY, finding -> {});
  }

  /** The simple statement that starts with the given text. */
  private static SimpleStatementContext statement(RuleContext context, String startsWith) {
    return context.model().calls().stream()
        .map(call -> Statements.ancestor(call.primary(), SimpleStatementContext.class))
        .flatMap(Optional::stream)
        .filter(s -> context.text(s).startsWith(startsWith))
        .findFirst()
        .orElseThrow();
  }

  private static String apply(String text, Edit edit) {
    return text.substring(0, edit.start()) + edit.content() + text.substring(edit.end());
  }

  @Test
  void linesAfterAStatementTakeItsIndentationAndTheFilesNewlines() {
    String text = "def f():\r\n\tif x:\r\n\t\tg(  # why\r\n\t\t  1)  # end\r\n\treturn 1\r\n";
    RuleContext context = context(text);
    Edit edit =
        Insertions.linesAfter(context, statement(context, "g("), List.of("a()", "b()"))
            .orElseThrow();
    assertEquals(
        "def f():\r\n\tif x:\r\n\t\tg(  # why\r\n\t\t  1)  # end\r\n\t\ta()\r\n\t\tb()\r\n"
            + "\treturn 1\r\n",
        apply(text, edit));
  }

  @Test
  void linesAfterTheLastStatementOfAFileWithoutFinalNewline() {
    String text = "f()\ng()";
    RuleContext context = context(text);
    Edit edit =
        Insertions.linesAfter(context, statement(context, "g"), List.of("h()")).orElseThrow();
    assertEquals("f()\ng()\nh()", apply(text, edit));
  }

  @Test
  void noLinesAfterAStatementSharingItsLine() {
    RuleContext context = context("if x: f()\na = 1; g()\n");
    assertTrue(Insertions.linesAfter(context, statement(context, "f"), List.of("h()")).isEmpty());
    assertTrue(Insertions.linesAfter(context, statement(context, "g"), List.of("h()")).isEmpty());
  }

  @Test
  void indentationIsOnlyWhitespaceBeforeTheNode() {
    SourceFile source = SourceFile.ofText("m.py", "  x = 1\ny = 2\n");
    assertEquals(Optional.of("  "), Insertions.indentation(source, 2));
    assertEquals(Optional.of(""), Insertions.indentation(source, 8));
    assertEquals(Optional.empty(), Insertions.indentation(source, 6));
  }

  @Test
  void aNameIsFreeOnlyWhenEveryMentionIsAllowed() {
    RuleContext context = context("import os\nos.task = 1\ndef g(task):\n    return done\n");
    ModuleModel model = context.model();
    assertTrue(Insertions.onlyMentionedBy(model, "missing", p -> false));
    assertTrue(Insertions.onlyMentionedBy(model, "done", p -> true));
    assertFalse(Insertions.onlyMentionedBy(model, "done", p -> false));
    assertFalse(Insertions.onlyMentionedBy(model, "task", p -> true)); // a parameter
    assertFalse(Insertions.onlyMentionedBy(model, "os", p -> false));
  }

  @Test
  void mentionsOutsideTheGivenNodeDoNotCount() {
    RuleContext context = context("def f(task):\n    return task\n\ndef g():\n    pass\n");
    ModuleModel model = context.model();
    var g = model.functions().get(1);
    assertTrue(Insertions.onlyMentionedBy(model, "task", g, p -> false));
    assertFalse(Insertions.onlyMentionedBy(model, "task", model.functions().get(0), p -> true));
  }
}
