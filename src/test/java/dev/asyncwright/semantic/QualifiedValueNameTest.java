package dev.asyncwright.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.tree.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

class QualifiedValueNameTest {

  private static void handlers(ParseTree node, List<ExceptClauseContext> found) {
    if (node instanceof ExceptClauseContext handler) {
      found.add(handler);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      handlers(node.getChild(i), found);
    }
  }

  @Test
  void aDottedValueIsNamedAsItsImportsSay() {
    String text =
        """
        import asyncio as aio
        from asyncio import exceptions
        from concurrent.futures import CancelledError as Gone

        try:
            pass
        except aio.CancelledError:
            pass
        except exceptions.CancelledError:
            pass
        except Gone:
            pass
        except errors()[0]:
            pass
        except unknown.Error:
            pass
        except (aio.TimeoutError):
            pass
        """;
    ModuleModel model =
        ModuleModel.of((ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text)));
    List<ExceptClauseContext> found = new ArrayList<>();
    handlers(model.module().tree(), found);
    List<Optional<String>> names =
        found.stream()
            .map(h -> model.qualifiedName(Expression.of(h.exceptTypes().expression(0))))
            .toList();
    assertEquals(
        List.of(
            Optional.of("asyncio.CancelledError"),
            Optional.of("asyncio.exceptions.CancelledError"),
            Optional.of("concurrent.futures.CancelledError"),
            Optional.empty(),
            // a name bound nowhere in the module is a builtin, as Python looks it up
            Optional.of("builtins.unknown.Error"),
            Optional.empty()),
        names);
  }
}
