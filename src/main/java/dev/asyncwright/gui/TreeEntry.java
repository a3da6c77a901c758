package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import java.util.List;

/** What the rows of the findings tree stand for, besides single findings and problems. */
sealed interface TreeEntry {

  /** The top row: the whole repository; selecting it shows the overview. */
  record AllFindings(String title, int count) implements TreeEntry {}

  /** A rule's or a file's findings. */
  record Group(String key, String title, List<FindingItem> items) implements TreeEntry {}

  /** The files that did not parse or could not be read. */
  record Problems(int count) implements TreeEntry {}
}
