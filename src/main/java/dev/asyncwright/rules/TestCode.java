package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.semantic.ModuleModel;
import java.nio.file.Path;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Whether a module is test code: named as pytest collects tests ({@code test_*.py}, {@code
 * *_test.py}, {@code conftest.py}) or importing a test framework. Rules ask because a test does on
 * purpose what a library must not: it blocks the loop to see what a timeout does, swallows a
 * cancellation to see what a scheduler does about a task that will not stop, keeps a loop between
 * tests. The folder a file sits in is not asked: where the scan starts is the user's choice.
 */
public final class TestCode {

  /** Modules whose import makes a test module. */
  private static final Set<String> TEST_FRAMEWORKS = Set.of("pytest", "unittest");

  private TestCode() {}

  /** Whether the module of this context is test code. */
  public static boolean isTestModule(RuleContext context) {
    return isTestFileName(context.source().path()) || importsTestFramework(context.model());
  }

  private static boolean isTestFileName(String path) {
    Path name = Path.of(path).getFileName();
    if (name == null) {
      return false;
    }
    String file = name.toString();
    return file.equals("conftest.py")
        || (file.startsWith("test_") && file.endsWith(".py"))
        || file.endsWith("_test.py");
  }

  /** Whether the module imports a test framework ({@code import pytest}, {@code from unittest}). */
  private static boolean importsTestFramework(ModuleModel model) {
    boolean inImport = false;
    int previous = -1;
    for (Token token : model.module().tokens()) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      int type = token.getType();
      if (type == PythonLexer.IMPORT || type == PythonLexer.FROM) {
        inImport = true;
      } else if (type == PythonLexer.NEWLINE) {
        inImport = false;
      } else if (type == PythonLexer.NAME
          && inImport
          && (previous == PythonLexer.IMPORT
              || previous == PythonLexer.FROM
              || previous == PythonLexer.COMMA)
          && TEST_FRAMEWORKS.contains(token.getText())) {
        return true;
      }
      previous = type;
    }
    return false;
  }
}
