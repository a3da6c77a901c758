package dev.asyncwright.gui;

import dev.asyncwright.gui.model.SideBySide;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Where Meld-style bands go between the two sides of the diff: each block of change joins the lines
 * it spans on the left to those it became on the right, at the heights the lines are drawn at now
 * (a block of pure insertion or deletion is a line's edge on one side). Only the bands that cross
 * the visible height are kept.
 */
final class DiffBands {

  /** One block's band: its index among the diff's blocks, and its four corners' heights. */
  record Band(int block, double leftTop, double leftBottom, double rightTop, double rightBottom) {

    /** The height of the band's middle, where its accept toggle sits. */
    double middle() {
      return (leftTop + leftBottom + rightTop + rightBottom) / 4;
    }
  }

  private DiffBands() {}

  /**
   * The bands of the blocks, given the height at which each side's line starts ({@code y(n)} for
   * the line n, and for n = the line count, where the last line ends) on a strip {@code height}
   * high.
   */
  static List<Band> of(
      List<SideBySide.Block> blocks,
      IntToDoubleFunction leftY,
      IntToDoubleFunction rightY,
      double height) {
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      SideBySide.Block block = blocks.get(i);
      Band band =
          new Band(
              i,
              leftY.applyAsDouble(block.leftStart()),
              leftY.applyAsDouble(block.leftEnd()),
              rightY.applyAsDouble(block.rightStart()),
              rightY.applyAsDouble(block.rightEnd()));
      double top = Math.min(band.leftTop(), band.rightTop());
      double bottom = Math.max(band.leftBottom(), band.rightBottom());
      if (bottom >= 0 && top <= height) {
        bands.add(band);
      }
    }
    return bands;
  }
}
