package dev.asyncwright.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockRewriteTest {

  private static ParsedModule parse(String text) {
    return (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
  }

  /** The text with the edits made, from the last one back. */
  private static String edited(String text, List<Edit> edits) {
    StringBuilder out = new StringBuilder(text);
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit edit = edits.get(i);
      out.replace(edit.start(), edit.end(), edit.content());
    }
    return out.toString();
  }

  /** The text with its lines from {@code from} up to {@code to} one unit deeper. */
  private static String indented(String text, String from, String to, String indent, String unit) {
    ParsedModule module = parse(text);
    return edited(
        text,
        BlockRewrite.indentLines(
            module.source(), module.tokens(), text.indexOf(from), text.indexOf(to), indent, unit));
  }

  @Test
  void indentsLinesButNotBlankOnesNorAStringsText() {
    String text = "def f():\n\ta = '''x\n  y'''\n\n\tb = g(1,\n  2)\n\tc = 3\n";
    assertEquals(
        "def f():\n\t\ta = '''x\n  y'''\n\n\t\tb = g(1,\n\t  2)\n\tc = 3\n",
        indented(text, "\ta", "\tc", "\t", "\t"));
  }

  @Test
  void indentsNoLineOfAnFStringNorATString() {
    // a t-string's lines are its text, as an f-string's: a block rewrite must not indent them
    String text =
        "def f():\n"
            + "    a = f\"\"\"head\n{n}\n  tail\"\"\"\n"
            + "    b = f\"\"\"{n}\n\"\"\"\n"
            + "    c = f\"\"\"{f'''x\n{n}\n'''}\n{n!r:>{n}}\n\"\"\"\n"
            + "    d = f\"\"\"{n\n=}\"\"\"\n"
            + "    e = f\"{n}\" + (\n1)\n"
            + "    t = t\"\"\"head\n{n}\n  tail\"\"\"\n"
            + "    u = t\"{n\n}\" + (\n1)\n"
            + "    g = 3\n";
    assertEquals(
        "def f():\n"
            + "      a = f\"\"\"head\n{n}\n  tail\"\"\"\n"
            + "      b = f\"\"\"{n}\n\"\"\"\n"
            + "      c = f\"\"\"{f'''x\n{n}\n'''}\n{n!r:>{n}}\n\"\"\"\n"
            + "      d = f\"\"\"{n\n=}\"\"\"\n"
            + "      e = f\"{n}\" + (\n  1)\n"
            + "      t = t\"\"\"head\n{n}\n  tail\"\"\"\n"
            + "      u = t\"{n\n}\" + (\n  1)\n"
            + "    g = 3\n",
        indented(text, "    a", "    g", "    ", "  "));
  }

  @Test
  void withoutAnIndentTheUnitGoesAtTheLineStart() {
    // AW301 keeps an indentation of tabs and spaces mixed behind the new unit
    String moved =
        indented("def f():\n\t  a = 1\n\t  b = 2\n\t  c = 3\n", "\t  b", "\t  c", "", "  ");
    assertEquals("def f():\n\t  a = 1\n  \t  b = 2\n\t  c = 3\n", moved);
  }

  @Test
  void movingLinesIntoABlockDropsTheBlankLinesThatWouldOpenIt() {
    String text = "def f():\n    x = g()\n\n  \n    y = x\n    z = 1\n";
    ParsedModule module = parse(text);
    List<Edit> edits =
        BlockRewrite.moveIntoBlock(
            module.source(),
            module.tokens(),
            text.indexOf("\n\n") + 1,
            text.indexOf("    z"),
            new Indentation("    ", "    "));
    assertEquals("def f():\n    x = g()\n        y = x\n    z = 1\n", edited(text, edits));
  }

  @Test
  void findsLinesAndBlankLinesInEveryLineBreak() {
    SourceFile source = SourceFile.ofText("m.py", "a\r\n \t\rb\n");
    assertEquals(3, BlockRewrite.nextLine(source, 1));
    assertEquals(6, BlockRewrite.nextLine(source, 3));
    assertTrue(BlockRewrite.blankLineAt(source, 3));
    assertFalse(BlockRewrite.blankLineAt(source, 6));
    assertFalse(BlockRewrite.blankLineAt(source, 8));
  }

  @Test
  void rewritesARangeWithTheEditsInsideIt() {
    SourceFile source = SourceFile.ofText("m.py", "x = f(a, b)\n");
    List<Edit> edits = List.of(new Edit(9, 10, "c"), Edit.insert(4, "await "));
    assertEquals("await f(a, c)", BlockRewrite.rewritten(source, 4, 11, edits));
  }

  @Test
  void opensABlockInAStatementsPlace() {
    assertEquals(
        "async with asyncio.timeout(5):\r\n\t    ",
        BlockRewrite.opening("asyncio.timeout(5)", "\r\n", new Indentation("\t", "    ")));
  }
}
