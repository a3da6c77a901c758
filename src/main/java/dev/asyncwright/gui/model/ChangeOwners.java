package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.SourceFile;
import java.util.Arrays;
import java.util.List;

/**
 * Which fix made each block of change in a diff of a file and its proposal, by the lines the fix's
 * edits touch in the file: so the diff can colour a block by its fix's safety and accept or reject
 * that fix from the block. The first fix listed wins a block two fixes touch (the proposal lists
 * the selected finding's fix first).
 */
public final class ChangeOwners {

  private ChangeOwners() {}

  /** For each block of {@code diff}, the index in {@code fixes} of the fix that made it, or -1. */
  public static int[] of(SideBySide diff, SourceFile original, List<Fix> fixes) {
    int[] owners = new int[diff.blocks().size()];
    Arrays.fill(owners, -1);
    for (int b = 0; b < owners.length; b++) {
      SideBySide.Block block = diff.blocks().get(b);
      // a block's left lines, both ends included; an insertion touches the lines around it
      int first = block.leftEnd() > block.leftStart() ? block.leftStart() : block.leftStart() - 1;
      int last = block.leftEnd() > block.leftStart() ? block.leftEnd() - 1 : block.leftStart();
      for (int f = 0; f < fixes.size() && owners[b] < 0; f++) {
        for (Edit edit : fixes.get(f).edits()) {
          int from = line(original, edit.start());
          int to = line(original, Math.max(edit.start(), edit.end() - 1));
          if (from <= last && to >= first) {
            owners[b] = f;
            break;
          }
        }
      }
    }
    return owners;
  }

  /** The 0-based line of a code point offset. */
  private static int line(SourceFile source, int codePoint) {
    return source.positionOfCodePoint(codePoint).line() - 1;
  }
}
