package dev.asyncwright.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.python.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixApplierTest {

  /** The rule, pair by pair: a fix is taken when it touches none taken before it. */
  private static List<Fix> takenPairwise(List<Fix> fixes) {
    List<Fix> ordered = new ArrayList<>(fixes);
    ordered.sort(Comparator.comparingInt(Fix::start));
    List<Fix> taken = new ArrayList<>();
    for (Fix fix : ordered) {
      if (taken.stream().noneMatch(fix::touches)) {
        taken.add(fix);
      }
    }
    return taken;
  }

  private static Fix randomFix(Random random, int length) {
    List<Edit> edits = new ArrayList<>();
    int at = random.nextInt(length);
    for (int i = 0; i < 1 + random.nextInt(3) && at < length; i++) {
      int end = Math.min(length, at + random.nextInt(4)); // insertions and replacements
      edits.add(new Edit(at, end, "x"));
      at = end + 1 + random.nextInt(length / 4 + 1);
    }
    return new Fix("f", Applicability.SAFE, null, edits);
  }

  @Test
  void takesTheSameFixesAsTestingEveryPair() {
    Random random = new Random(42);
    for (int trial = 0; trial < 500; trial++) {
      int length = 20 + random.nextInt(200);
      SourceFile source = SourceFile.ofText("t.py", "a".repeat(length));
      List<Fix> fixes = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        fixes.add(randomFix(random, length));
      }
      assertEquals(
          takenPairwise(fixes), FixApplier.apply(source, fixes).applied(), "trial " + trial);
    }
  }

  @Test
  void sixtyThousandFixesOfOneFileAreAllTaken() {
    // one per line: tested against neighbours only, this is a moment's work
    int lines = 60_000;
    SourceFile source = SourceFile.ofText("t.py", "x = 1\n".repeat(lines));
    List<Fix> fixes = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      fixes.add(Fix.safe("one", null, new Edit(i * 6 + 4, i * 6 + 5, "2")));
    }
    FixApplier.Result result = FixApplier.apply(source, fixes);
    assertEquals(lines, result.applied().size());
    assertEquals("x = 2\n".repeat(lines), result.text());
  }
}
