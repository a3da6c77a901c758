package dev.asyncwright.fix;

import dev.asyncwright.python.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies fixes to a text: in order of where they start, each fix that touches none taken before
 * it; the edits are then made from the end of the text backwards, so that the offsets of those
 * still to make stay valid. The fixes left out are for another round, on the new text.
 */
public final class FixApplier {

  private FixApplier() {}

  /** The new text, the fixes applied, and those left out because they touch one applied. */
  public record Result(String text, List<Fix> applied, List<Fix> deferred) {}

  /**
   * Whether an edit touches one taken. The taken edits touch none of each other, so going back from
   * the last one starting at or before the edit's end, the first whose end lies before the edit's
   * start ends the search: every earlier one ends earlier still.
   */
  private static boolean touchesTaken(Edit edit, TreeMap<Integer, List<Edit>> taken) {
    for (Map.Entry<Integer, List<Edit>> entry = taken.floorEntry(edit.end());
        entry != null;
        entry = taken.lowerEntry(entry.getKey())) {
      boolean allBefore = true;
      for (Edit other : entry.getValue()) {
        if (other.touches(edit)) {
          return true;
        }
        allBefore &= other.end() < edit.start();
      }
      if (allBefore) {
        return false;
      }
    }
    return false;
  }

  public static Result apply(SourceFile source, List<Fix> fixes) {
    List<Fix> ordered = new ArrayList<>(fixes);
    ordered.sort(Comparator.comparingInt(Fix::start));
    List<Fix> applied = new ArrayList<>();
    List<Fix> deferred = new ArrayList<>();
    // The edits taken so far, by start: a fix is tested against its neighbours only, so that a
    // file with tens of thousands of fixes is not tested pair by pair.
    TreeMap<Integer, List<Edit>> taken = new TreeMap<>();
    for (Fix fix : ordered) {
      if (fix.edits().stream().anyMatch(edit -> touchesTaken(edit, taken))) {
        deferred.add(fix);
      } else {
        applied.add(fix);
        fix.edits().forEach(e -> taken.computeIfAbsent(e.start(), k -> new ArrayList<>()).add(e));
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
