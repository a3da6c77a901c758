package dev.asyncwright.gui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.FixApplier;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each block of a proposal's diff is owned by the fix whose edits made it. */
class ChangeOwnersTest {

  @Test
  void eachBlockIsOwnedByTheFixThatMadeItAndTheFirstListedWinsASharedOne() {
    String text = "a = 1\nb = 2\nc = 3\nd = 4\n";
    SourceFile original = SourceFile.ofText("m.py", text);
    Fix second = fix(Edit.insert(text.indexOf("c"), "# new\n")); // an insertion before line 3
    Fix fourth = fix(new Edit(text.indexOf("4"), text.indexOf("4") + 1, "5"));
    Fix alsoFourth = fix(new Edit(text.indexOf("d"), text.indexOf("d") + 1, "e"));
    List<Fix> fixes = List.of(fourth, second, alsoFourth);
    SideBySide diff =
        SideBySide.of(text, FixApplier.apply(original, List.of(fourth, second)).text());
    assertArrayEquals(new int[] {1, 0}, ChangeOwners.of(diff, original, fixes));
  }

  private static Fix fix(Edit edit) {
    return new Fix("a fix", Applicability.SAFE, new PythonVersion(8), List.of(edit));
  }
}
