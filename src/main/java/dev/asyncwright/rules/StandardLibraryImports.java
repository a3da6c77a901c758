package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.DottedAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.ImportFromContext;
import dev.asyncwright.python.antlr.PythonParser.ImportNameContext;
import dev.asyncwright.python.antlr.PythonParser.ImportStatementContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementsContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.semantic.ModuleModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Where an added {@code import asyncio} goes: with the module's other standard-library imports, in
 * alphabetical order among its plain {@code import x} lines, as isort and Ruff's import sorting
 * keep them; or as a group of its own, before the first group, when the module imports nothing of
 * the standard library. A reviewer then sees one line where it belongs, and the project's import
 * linter has nothing to say about the fix.
 */
final class StandardLibraryImports {

  private static final Set<String> MODULES = load();

  private StandardLibraryImports() {}

  /**
   * The edit that adds {@code statement} (an {@code import} of {@code module}), if it has a place.
   */
  static Optional<Edit> placed(ModuleModel model, String module, String statement) {
    if (!MODULES.contains(module)) {
      return Optional.empty();
    }
    List<List<StatementContext>> groups = leadingImportGroups(model);
    String newline = Lines.newline(model.module().source());
    for (List<StatementContext> group : groups) {
      if (group.stream().allMatch(StandardLibraryImports::isStandardLibrary)) {
        return Optional.of(inGroup(model, group, module, statement));
      }
    }
    for (List<StatementContext> group : groups) {
      if (!group.stream().allMatch(StandardLibraryImports::isFuture)) {
        // no standard-library group: a group of its own before the first one
        return Optional.of(Edit.insert(lineStart(group.get(0)), statement + newline + newline));
      }
    }
    return Optional.empty();
  }

  /** Before the first plain import that sorts after the module, else after the last one. */
  private static Edit inGroup(
      ModuleModel model, List<StatementContext> group, String module, String statement) {
    String key = module.toLowerCase(Locale.ROOT);
    StatementContext lastPlain = null;
    for (StatementContext candidate : group) {
      Optional<String> plain = plainImport(candidate);
      if (plain.isEmpty()) {
        continue;
      }
      if (plain.get().toLowerCase(Locale.ROOT).compareTo(key) > 0) {
        return Edit.insert(
            lineStart(candidate), statement + Lines.newline(model.module().source()));
      }
      lastPlain = candidate;
    }
    if (lastPlain == null) {
      // only `from x import y` lines: plain imports go first
      return Edit.insert(
          lineStart(group.get(0)), statement + Lines.newline(model.module().source()));
    }
    return Lines.insertAfter(
        model.module().source(), model.module().tokens(), lastPlain, "", List.of(statement));
  }

  /**
   * The module's leading import statements (after a docstring), in groups that blank lines
   * separate. Statements that share a line or stand under an {@code if} end the leading imports.
   */
  private static List<List<StatementContext>> leadingImportGroups(ModuleModel model) {
    List<List<StatementContext>> groups = new ArrayList<>();
    List<StatementContext> statements = model.module().tree().statement();
    List<Token> tokens = model.module().tokens();
    StatementContext previous = null;
    for (int i = 0; i < statements.size(); i++) {
      StatementContext statement = statements.get(i);
      if (i == 0 && Imports.isDocstring(statement)) {
        continue;
      }
      if (importOf(statement).isEmpty()) {
        break;
      }
      if (previous == null || blankLineBetween(tokens, previous, statement)) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(statement);
      previous = statement;
    }
    return groups;
  }

  /** Whether a line without code or comment separates two statements. */
  private static boolean blankLineBetween(
      List<Token> tokens, StatementContext previous, StatementContext next) {
    int first = previous.getStop().getLine() + 1;
    int last = next.getStart().getLine() - 1;
    Set<Integer> commented = new HashSet<>();
    for (int i = previous.getStop().getTokenIndex() + 1; i < next.getStart().getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        commented.add(tokens.get(i).getLine());
      }
    }
    return last - first + 1 > commented.size();
  }

  /** The statement's one import, if that is all the statement is. */
  private static Optional<ImportStatementContext> importOf(StatementContext statement) {
    SimpleStatementsContext line = statement.simpleStatements();
    if (line == null
        || line.simpleStatement().size() != 1
        || line.simpleStatement(0).importStatement() == null) {
      return Optional.empty();
    }
    return Optional.of(line.simpleStatement(0).importStatement());
  }

  /** The top-level modules a statement imports ({@code os} for {@code import os.path}). */
  private static List<String> modules(StatementContext statement) {
    ImportStatementContext imported = importOf(statement).orElseThrow();
    List<String> modules = new ArrayList<>();
    if (imported.importName() != null) {
      ImportNameContext names = imported.importName();
      for (DottedAsNameContext name : names.dottedAsName()) {
        modules.add(name.dottedName().name(0).getText());
      }
    } else {
      ImportFromContext from = imported.importFrom();
      if (from.relativeModule().dottedName() == null
          || !from.relativeModule()
              .getText()
              .equals(from.relativeModule().dottedName().getText())) {
        modules.add("."); // relative: the project's own
      } else {
        modules.add(from.relativeModule().dottedName().name(0).getText());
      }
    }
    return modules;
  }

  private static boolean isStandardLibrary(StatementContext statement) {
    List<String> modules = modules(statement);
    return modules.stream().allMatch(MODULES::contains)
        && modules.stream().noneMatch("__future__"::equals);
  }

  private static boolean isFuture(StatementContext statement) {
    return modules(statement).equals(List.of("__future__"));
  }

  /** The module {@code import x} imports, for a plain import of one module. */
  private static Optional<String> plainImport(StatementContext statement) {
    ImportStatementContext imported = importOf(statement).orElseThrow();
    if (imported.importName() == null || imported.importName().dottedAsName().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(imported.importName().dottedAsName(0).dottedName().getText());
  }

  private static int lineStart(StatementContext statement) {
    return statement.getStart().getStartIndex();
  }

  private static Set<String> load() {
    Set<String> modules = new HashSet<>();
    try (InputStream in = StandardLibraryImports.class.getResourceAsStream("stdlib-modules.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          modules.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(modules);
  }
}
