package dev.asyncwright.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class TopLevelStatementsTest {

  private static Token[] visibleTokens(String text) {
    ParsedModule module =
        assertInstanceOf(
            ParsedModule.class, new ModuleParser().parse(SourceFile.ofText("m.py", text)));
    return module.tokens().stream()
        .filter(token -> token.getChannel() == Token.DEFAULT_CHANNEL)
        .toArray(Token[]::new);
  }

  /** The first token's text of each top-level statement of a valid module. */
  private static List<String> starts(String text) {
    Token[] visible = visibleTokens(text);
    TopLevelStatements statements = TopLevelStatements.of(visible);
    List<String> found = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < visible.length; i++) {
      int start = statements.startBefore(i, 0);
      if (start != last) {
        found.add(visible[start].getText());
        last = start;
      }
    }
    return found;
  }

  @Test
  void blocksAndTheirClausesAndDecoratedDefinitionsAreOneStatementEach() {
    String text =
        """
        import os
        x = 1; y = 2
        if x:
            pass
        elif y:
            pass
        else:
            z = (1,
        2)
        try:
            pass
        except E:
            pass
        finally:
            pass
        @dec
        @other(1)
        async def f():
            return 1
        class C: pass
        """;
    assertEquals(List.of("import", "x", "if", "try", "@", "class"), starts(text));
  }

  @Test
  void aStatementSomeStatementsBackIsFoundAndNoneBeforeTheFirstIsZero() {
    String text = "a = 1\nb = 2\nc = 3\n";
    Token[] visible = visibleTokens(text);
    TopLevelStatements statements = TopLevelStatements.of(visible);
    int c = 8; // a = 1 NEWLINE b = 2 NEWLINE c
    assertEquals("c", visible[c].getText());
    assertEquals(8, statements.startBefore(c + 1, 0));
    assertEquals(4, statements.startBefore(c, 1));
    assertEquals(0, statements.startBefore(c, 5));
  }

  @Test
  void anErrorLateInALargeFileIsFoundWhereAParseFromTheTopFindsIt() {
    // the retry from a statement start must report what a full parse reports
    String before = "v = 1\n".repeat(2_000);
    for (String broken :
        List.of(
            "@dec\ndef f(x):\n    return x +\n",
            "if a:\n    pass\nelse:\n    y = = 2\n",
            "try:\n    pass\nfinally:\n    (1,\n",
            "@dec\n\nx = 1\n")) {
      SyntaxError late =
          assertInstanceOf(
              SyntaxError.class,
              new ModuleParser().parse(SourceFile.ofText("m.py", before + broken)));
      SyntaxError alone =
          assertInstanceOf(
              SyntaxError.class, new ModuleParser().parse(SourceFile.ofText("m.py", broken)));
      assertEquals(alone.message(), late.message(), broken);
      assertEquals(alone.line() + 2_000, late.line(), broken);
      assertEquals(alone.column(), late.column(), broken);
    }
  }
}
