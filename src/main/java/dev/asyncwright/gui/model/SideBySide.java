package dev.asyncwright.gui.model;

import dev.asyncwright.report.LineDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a file lined up for the side-by-side view: which lines changed on each side, the
 * changed words inside lines that were edited rather than added or removed, the blocks of change
 * (for next/previous), and where each left line sits on the right (to scroll both together).
 */
public final class SideBySide {

  /** A block of change: lines [leftStart, leftEnd) became lines [rightStart, rightEnd). */
  public record Block(int leftStart, int leftEnd, int rightStart, int rightEnd) {}

  /** A range of characters in one line, from {@code start} to {@code end} (exclusive). */
  public record Span(int line, int start, int end) {}

  private final List<String> left;
  private final List<String> right;
  private final boolean[] leftChanged;
  private final boolean[] rightChanged;
  private final int[] rightOfLeft;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Span> leftWords = new ArrayList<>();
  private final List<Span> rightWords = new ArrayList<>();

  private SideBySide(List<String> left, List<String> right) {
    this.left = left;
    this.right = right;
    this.leftChanged = new boolean[left.size()];
    this.rightChanged = new boolean[right.size()];
    this.rightOfLeft = new int[left.size() + 1];
  }

  public static SideBySide of(String before, String after) {
    SideBySide diff = new SideBySide(LineDiff.lines(before), LineDiff.lines(after));
    diff.compute();
    return diff;
  }

  private void compute() {
    List<int[]> script = LineDiff.script(left, right);
    int i = 0;
    int j = 0;
    int k = 0;
    while (k < script.size()) {
      int[] step = script.get(k);
      if (step[0] >= 0 && step[1] >= 0) {
        rightOfLeft[step[0]] = step[1];
        i = step[0] + 1;
        j = step[1] + 1;
        k++;
        continue;
      }
      int leftStart = i;
      int rightStart = j;
      while (k < script.size() && (script.get(k)[0] < 0 || script.get(k)[1] < 0)) {
        if (script.get(k)[0] >= 0) {
          leftChanged[script.get(k)[0]] = true;
          rightOfLeft[script.get(k)[0]] = rightStart;
          i = script.get(k)[0] + 1;
        } else {
          rightChanged[script.get(k)[1]] = true;
          j = script.get(k)[1] + 1;
        }
        k++;
      }
      Block block = new Block(leftStart, i, rightStart, j);
      blocks.add(block);
      words(block);
    }
    rightOfLeft[left.size()] = right.size();
  }

  /** Pairs the lines of a block in order and marks the words that differ in each pair. */
  private void words(Block block) {
    int pairs =
        Math.min(block.leftEnd() - block.leftStart(), block.rightEnd() - block.rightStart());
    for (int p = 0; p < pairs; p++) {
      int l = block.leftStart() + p;
      int r = block.rightStart() + p;
      List<String> a = Words.split(left.get(l));
      List<String> b = Words.split(right.get(r));
      List<int[]> script = LineDiff.script(a, b);
      int aAt = 0;
      int bAt = 0;
      for (int[] step : script) {
        if (step[0] >= 0 && step[1] >= 0) {
          aAt += a.get(step[0]).length();
          bAt += b.get(step[1]).length();
        } else if (step[0] >= 0) {
          add(leftWords, l, aAt, a.get(step[0]).length());
          aAt += a.get(step[0]).length();
        } else {
          add(rightWords, r, bAt, b.get(step[1]).length());
          bAt += b.get(step[1]).length();
        }
      }
    }
  }

  /** Adds a span, joined to the previous one when they meet, leaving out line breaks. */
  private static void add(List<Span> spans, int line, int start, int length) {
    int end = start + length;
    if (!spans.isEmpty()) {
      Span last = spans.get(spans.size() - 1);
      if (last.line() == line && last.end() == start) {
        spans.set(spans.size() - 1, new Span(line, last.start(), end));
        return;
      }
    }
    spans.add(new Span(line, start, end));
  }

  public List<String> leftLines() {
    return left;
  }

  public List<String> rightLines() {
    return right;
  }

  public boolean leftChanged(int line) {
    return leftChanged[line];
  }

  public boolean rightChanged(int line) {
    return rightChanged[line];
  }

  /** The changed words of edited lines on the left (line indexes from 0). */
  public List<Span> leftWords() {
    return leftWords;
  }

  public List<Span> rightWords() {
    return rightWords;
  }

  public List<Block> blocks() {
    return blocks;
  }

  /** The right line that stands beside a left line (0-based; clamped to the text). */
  public int rightLineFor(int leftLine) {
    return rightOfLeft[Math.max(0, Math.min(leftLine, left.size()))];
  }

  /** The left line that stands beside a right line: the inverse of {@link #rightLineFor}. */
  public int leftLineFor(int rightLine) {
    // rightOfLeft never decreases: the last left line at or above it, by halving
    int low = 0;
    int high = left.size();
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (rightOfLeft[middle] <= rightLine) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    int best = low;
    return Math.min(best, Math.max(0, left.size() - 1));
  }
}
