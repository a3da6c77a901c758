package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

class LinesTest {

  private static ParsedModule parse(String text) {
    return (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
  }

  /** The one-line statements of the module, in source order. */
  private static List<SimpleStatementsContext> lines(ParseTree node) {
    List<SimpleStatementsContext> found = new ArrayList<>();
    if (node instanceof SimpleStatementsContext line) {
      found.add(line);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      found.addAll(lines(node.getChild(i)));
    }
    return found;
  }

  private static String apply(String text, Edit edit) {
    return text.substring(0, edit.start()) + edit.content() + text.substring(edit.end());
  }

  @Test
  void theUnitIsWhatTheEnclosingBlockAddsToItsHeader() {
    String text = "def f():\n  if x:\n      a = 1\n  b = 2\nc = 3\nif y: d = 4\n";
    ParsedModule module = parse(text);
    List<SimpleStatementsContext> lines = lines(module.tree());
    SourceFile source = module.source();
    assertEquals(Optional.of("    "), Lines.unit(source, lines.get(0)));
    assertEquals(Optional.of("      "), Lines.indentation(source, lines.get(0)));
    assertEquals(Optional.of("  "), Lines.unit(source, lines.get(1)));
    assertEquals(Optional.empty(), Lines.unit(source, lines.get(2)), "module level");
    assertEquals(Optional.empty(), Lines.unit(source, lines.get(3)), "one-line suite");
    assertEquals(Optional.empty(), Lines.indentation(source, lines.get(3)));
  }

  @Test
  void tabsAreAUnitToo() {
    String text = "async def f():\r\n\twhile 1:\r\n\t\tpass\r\n";
    ParsedModule module = parse(text);
    List<SimpleStatementsContext> lines = lines(module.tree());
    assertEquals(Optional.of("\t"), Lines.unit(module.source(), lines.get(0)));
    assertEquals("\r\n", Lines.newline(module.source()));
  }

  @Test
  void insertsWholeLinesInTheFilesLineBreak() {
    String text = "def f():\r\n    a = 1  # note\r\n    b = 2";
    ParsedModule module = parse(text);
    List<SimpleStatementsContext> lines = lines(module.tree());
    SourceFile source = module.source();
    assertEquals(
        "def f():\r\n    a = 1  # note\r\n    x\r\n    b = 2",
        apply(
            text, Lines.insertAfter(source, module.tokens(), lines.get(0), "    ", List.of("x"))));
    assertEquals(
        "def f():\r\n    a = 1  # note\r\n    b = 2\r\n    x",
        apply(text, Lines.insertAfter(source, module.tokens(), lines.get(1), "    ", List.of("x"))),
        "a file without a final line break");
    assertEquals(
        "def f():\r\n    # c\r\n    a = 1  # note\r\n    b = 2",
        apply(text, Lines.insertBefore(source, lines.get(0), "    ", List.of("# c"))));
  }

  @Test
  void deletesWholeLinesButNotComments() {
    String text = "def f():\n    a = 1  # note\n    b = 2\n    c = 3\n";
    ParsedModule module = parse(text);
    List<SimpleStatementsContext> lines = lines(module.tree());
    assertEquals(
        Optional.empty(), Lines.deleteLines(module.source(), module.tokens(), lines.get(0)));
    assertEquals(
        "def f():\n    a = 1  # note\n    c = 3\n",
        apply(text, Lines.deleteLines(module.source(), module.tokens(), lines.get(1)).get()));
  }

  /** The value of the one-line statement {@code x = <value>} at that index, moved. */
  private static String moved(String text, int index, int newColumn, String newIndent) {
    ParsedModule module = parse(text);
    RuleContext context =
        new RuleContext(
            ModuleModel.of(module), new PythonVersion(11), ProjectIndex.EMPTY, finding -> {});
    ExpressionStatementContext statement =
        lines(module.tree()).get(index).simpleStatement(0).expressionStatement();
    AssignmentContext assignment = (AssignmentContext) statement.assignmentTail();
    return Lines.moved(context, assignment.assignedValue(0), newColumn, newIndent);
  }

  @Test
  void movedTextKeepsAHangingIndentInTheFilesOwnCharacters() {
    String text = "if y:\r\n\tx = f(  # why\r\n\t\ta,\r\n\t)\r\n";
    assertEquals("f(  # why\r\n\t\t\ta,\r\n\t\t)", moved(text, 0, 9, "\t\t"));
  }

  @Test
  void movedTextKeepsLinesAlignedWithItsFirstLine() {
    String text = "x = f(a,\n      b)\n";
    assertEquals("f(a,\n          b)", moved(text, 0, 8, "    "));
    assertEquals("f(a,\n  b)", moved(text, 0, 0, ""));
  }

  @Test
  void movedTextLeavesAStringThatSpansLinesAlone() {
    String text = "x = f(\"\"\"a\n  b\"\"\",\n      c)\n";
    assertEquals("f(\"\"\"a\n  b\"\"\",\n      c)", moved(text, 0, 12, "        "));
  }

  @Test
  void movedTextLeavesAnFStringThatSpansLinesAlone() {
    // the line break is in a replacement field only: `=` shows the field's text, spaces and all
    String text = "x = f(f\"\"\"{n\n=}\"\"\",\n      c)\n";
    assertEquals("f(f\"\"\"{n\n=}\"\"\",\n      c)", moved(text, 0, 12, "        "));
    text = "x = f(f\"\"\"{n}\n\"\"\",\n      c)\n";
    assertEquals("f(f\"\"\"{n}\n\"\"\",\n      c)", moved(text, 0, 12, "        "));
  }

  @Test
  void movedTextMovingLeftKeepsAtLeastTheNewBlocksIndentation() {
    String text = "if y:\n    long_name = f(a,\n        b,\n    c)\n";
    assertEquals("f(a,\n      b,\n      c)", moved(text, 0, 8, "      "), "not to column 0");
    assertEquals("f(a,\n    b,\n    c)", moved(text, 0, 2, "    "));
    text = "if y:\n\tlong_name = f(a,\n\t\tb)\n";
    assertEquals("f(a,\n\t\t\tb)", moved(text, 0, 3, "\t\t\t"), "tabs stay tabs");
  }
}
