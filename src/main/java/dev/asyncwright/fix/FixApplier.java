package dev.asyncwright.fix;

import dev.asyncwright.python.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies fixes to a text: in order of where they start, each fix that touches none taken before
 * it; the edits are then made from the end of the text backwards, so that the offsets of those
 * still to make stay valid. The fixes left out are for another round, on the new text.
 */
public final class FixApplier {

  private FixApplier() {}

  /** The new text, the fixes applied, and those left out because they touch one applied. */
  public record Result(String text, List<Fix> applied, List<Fix> deferred) {}

  public static Result apply(SourceFile source, List<Fix> fixes) {
    List<Fix> ordered = new ArrayList<>(fixes);
    ordered.sort(Comparator.comparingInt(Fix::start));
    List<Fix> applied = new ArrayList<>();
    List<Fix> deferred = new ArrayList<>();
    for (Fix fix : ordered) {
      if (applied.stream().anyMatch(fix::touches)) {
        deferred.add(fix);
      } else {
        applied.add(fix);
      }
    }
    List<Edit> edits = new ArrayList<>();
    applied.forEach(fix -> edits.addAll(fix.edits()));
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder text = new StringBuilder(source.text());
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit edit = edits.get(i);
      text.replace(source.charIndex(edit.start()), source.charIndex(edit.end()), edit.content());
    }
    return new Result(text.toString(), applied, deferred);
  }
}
