package dev.asyncwright.report;

import dev.asyncwright.engine.FileResult;
import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.SourceFile.Position;
import dev.asyncwright.python.SyntaxError;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a report, whatever its format: a finding (or a syntax error, code {@value
 * #SYNTAX_ERROR}) with positions in 1-based lines and columns.
 */
public record Diagnostic(
    String path,
    String code,
    String name,
    String message,
    Position start,
    Position end,
    Optional<FixView> fix,
    String withheld) {

  /** The code under which files that do not parse are reported. */
  public static final String SYNTAX_ERROR = "AW001";

  /** A fix with its edits in lines and columns. */
  public record FixView(String message, Applicability applicability, List<EditView> edits) {}

  /** One edit of a fix. */
  public record EditView(Position start, Position end, String content) {}

  /** The diagnostics of some files, in file order then position. */
  public static List<Diagnostic> of(List<FileResult> results) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (FileResult result : results) {
      if (result.syntaxError().isPresent()) {
        SyntaxError error = result.syntaxError().get();
        Position at = new Position(error.line(), error.column());
        diagnostics.add(
            new Diagnostic(
                result.path(),
                SYNTAX_ERROR,
                "syntax-error",
                error.unread() ? error.message() : "SyntaxError: " + error.message(),
                at,
                at,
                Optional.empty(),
                null));
        continue;
      }
      SourceFile source = result.result();
      for (Finding finding : result.findings()) {
        String name = RuleRegistry.byCode(finding.code()).map(Rule::name).orElse(finding.code());
        diagnostics.add(
            new Diagnostic(
                result.path(),
                finding.code(),
                name,
                finding.message(),
                source.positionOfCodePoint(finding.start()),
                source.positionOfCodePoint(finding.end()),
                finding.fix().map(fix -> view(source, fix)),
                finding.withheld()));
      }
    }
    return diagnostics;
  }

  private static FixView view(SourceFile source, Fix fix) {
    List<EditView> edits = new ArrayList<>();
    for (Edit edit : fix.edits()) {
      edits.add(
          new EditView(
              source.positionOfCodePoint(edit.start()),
              source.positionOfCodePoint(edit.end()),
              edit.content()));
    }
    return new FixView(fix.message(), fix.applicability(), edits);
  }

  /** Whether this diagnostic has a fix that {@code --fix} applies (with or without unsafe). */
  public boolean fixable(boolean unsafeFixes) {
    return fix.isPresent()
        && (fix.get().applicability() == Applicability.SAFE
            || (unsafeFixes && fix.get().applicability() == Applicability.UNSAFE));
  }
}
