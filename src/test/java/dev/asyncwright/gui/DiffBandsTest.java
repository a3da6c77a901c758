package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.gui.model.SideBySide;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bands join each block's lines across the sides, at the heights drawn, visible ones only. */
class DiffBandsTest {

  @Test
  void aReplacedLineAnInsertionAndADeletionEachGetTheirBand() {
    String before = "a\nb\nc\nd\ne\n";
    String after = "a\nB\nc\nnew\nd\n";
    SideBySide diff = SideBySide.of(before, after);
    // lines 10 high on the left, 20 on the right (the right side scrolled, or wrapped)
    List<DiffBands.Band> bands = DiffBands.of(diff.blocks(), n -> n * 10, n -> n * 20, 1000);
    assertEquals(
        List.of(
            new DiffBands.Band(0, 10, 20, 20, 40), // b became B
            new DiffBands.Band(1, 30, 30, 60, 80), // new, inserted before d: an edge on the left
            new DiffBands.Band(2, 40, 50, 100, 100)), // e deleted: an edge on the right
        bands);
  }

  @Test
  void bandsOutsideTheVisibleHeightAreLeftOut() {
    SideBySide diff = SideBySide.of("a\nb\nc\nd\n", "A\nb\nc\nD\n");
    List<DiffBands.Band> bands = DiffBands.of(diff.blocks(), n -> n * 10 - 25, n -> n * 10 - 25, 5);
    // the first block ends above the strip (-15), the last crosses it
    assertEquals(List.of(1), bands.stream().map(DiffBands.Band::block).toList());
  }
}
