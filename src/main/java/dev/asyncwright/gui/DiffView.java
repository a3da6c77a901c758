package dev.asyncwright.gui;

import dev.asyncwright.engine.Checker;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.gui.model.ChangeOwners;
import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.gui.model.ProblemItem;
import dev.asyncwright.gui.model.Proposal;
import dev.asyncwright.gui.model.PythonStyles;
import dev.asyncwright.gui.model.ReviewViewModel;
import dev.asyncwright.gui.model.SideBySide;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The side-by-side diff: the file as it is (left) and with the accepted fixes and the selected one
 * (right); Python colouring, line numbers, changed lines tinted and changed words marked, both
 * sides scrolling together, next/previous change. The texts, the diff and the colours are computed
 * off the FX thread; only the finished spans are set on it.
 */
final class DiffView extends VBox {

  private static final String[] SYNTAX = {
    null, "keyword", "constant", "string", "comment", "number", "definition", "decorator"
  };
  private static final int WORD = 1 << 4;

  private final ReviewViewModel model;
  private final Label title = new Label("Select a finding to see its fix");
  private final Label subtitle = new Label();
  private final Label leftCaption = new Label("Current");
  private final Label rightCaption = new Label("Proposed");
  private final CodeArea left = area("diff-left");
  private final CodeArea right = area("diff-right");
  private final Button previous = new Button("↑ Previous");
  private final Button next = new Button("↓ Next");
  private final javafx.scene.control.ToggleButton wrap =
      new javafx.scene.control.ToggleButton("Wrap");
  private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");
  private final DiffConnector connector = new DiffConnector();
  private final DiffRuler leftRuler = new DiffRuler("diff-ruler-left", line -> jump(left, line));
  private final DiffRuler rightRuler = new DiffRuler("diff-ruler-right", line -> jump(right, line));
  private final VBox leftSide = side(leftCaption, null, left, leftRuler);
  private final VBox rightSide = side(rightCaption, connector, right, rightRuler);

  /** The finding whose fix made each block of the diff on screen (null where none did). */
  private List<FindingItem> blockOwners = List.of();

  /** What the bands and rulers were last drawn for: they are drawn again only when it changes. */
  private List<Object> drawnFor = List.of();

  private final SplitPane sides = new SplitPane();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread t = new Thread(work, "asyncwright-diff");
            t.setDaemon(true);
            return t;
          });
  private SideBySide shown;
  private int block = -1;
  private int generation;
  private boolean refreshScheduled;
  private final Runnable syncAfterLayout = this::syncAfterLayout;
  private int syncedLeftTop = -1;
  private int syncedRightTop = -1;

  /** Everything the FX thread needs to show a diff, computed in the background. */
  private record Computed(
      SideBySide diff,
      String leftText,
      String rightText,
      StyleSpans<Collection<String>> leftSpans,
      StyleSpans<Collection<String>> rightSpans,
      int[] owners) {}

  DiffView(ReviewViewModel model) {
    this.model = model;
    title.getStyleClass().add("diff-title");
    title.setId("diff-title");
    subtitle.getStyleClass().add("diff-subtitle");
    subtitle.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    previous.setTooltip(new Tooltip("Previous change (Shift+F7)"));
    next.setTooltip(new Tooltip("Next change (F7)"));
    previous.setOnAction(event -> previousChange());
    previous.setMinWidth(Region.USE_PREF_SIZE);
    next.setMinWidth(Region.USE_PREF_SIZE);
    next.setOnAction(event -> nextChange());
    // The header keeps one height from finding to finding, so the panes below never jump: the
    // title and the buttons on one line, the subtitle on two below (cut with an ellipsis, whole
    // in its tooltip), over the whole width rather than squeezed beside the buttons.
    title.setMinWidth(0);
    HBox.setHgrow(title, Priority.ALWAYS);
    title.setMaxWidth(Double.MAX_VALUE);
    wrap.setId("diff-wrap");
    wrap.setTooltip(new Tooltip("Wrap long lines on both sides (Alt+Z)"));
    wrap.setMinWidth(Region.USE_PREF_SIZE);
    wrap.selectedProperty()
        .addListener(
            (property, was, now) -> {
              left.setWrapText(now);
              right.setWrapText(now);
            });
    HBox top = new HBox(8, title, spacer, wrap, previous, next);
    top.setAlignment(Pos.CENTER_LEFT);
    subtitle.setMaxWidth(Double.MAX_VALUE);
    subtitle.setAlignment(Pos.TOP_LEFT);
    subtitle.getStyleClass().add("diff-subtitle-two-lines");
    Tooltip whole = new Tooltip();
    whole.setWrapText(true);
    whole.setMaxWidth(600);
    whole.textProperty().bind(subtitle.textProperty());
    subtitle.setTooltip(whole);
    VBox header = new VBox(4, top, subtitle);
    header.getStyleClass().add("diff-header");
    leftCaption.getStyleClass().add("diff-side-caption");
    rightCaption.getStyleClass().add("diff-side-caption");
    leftCaption.setMaxWidth(Double.MAX_VALUE);
    rightCaption.setMaxWidth(Double.MAX_VALUE);
    sides.getItems().setAll(leftSide, rightSide);
    sides.setId("diff-sides");
    VBox.setVgrow(sides, Priority.ALWAYS);
    getChildren().addAll(header, sides);
    // after each layout: whichever side moved, the other follows (scrolling is only known for
    // sure once the areas have laid out their lines)
    sceneProperty()
        .addListener(
            (property, was, now) -> {
              if (was != null) {
                was.removePostLayoutPulseListener(syncAfterLayout);
              }
              if (now != null) {
                now.addPostLayoutPulseListener(syncAfterLayout);
              }
            });
    model.review().selectedProperty().addListener((property, was, now) -> scheduleRefresh());
    model.review().revisionProperty().addListener((property, was, now) -> scheduleRefresh());
    model
        .review()
        .unsafeFixesShownProperty()
        .addListener((property, was, now) -> scheduleRefresh());
    updateButtons();
  }

  private static CodeArea area(String id) {
    CodeArea area = new CodeArea();
    area.setId(id);
    area.setEditable(false);
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    return area;
  }

  /** A side: its caption over the text, the connector before it (right side), its ruler after. */
  private static VBox side(Label caption, DiffConnector before, CodeArea area, DiffRuler ruler) {
    VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    HBox.setHgrow(scroll, Priority.ALWAYS);
    HBox row = before == null ? new HBox(scroll, ruler) : new HBox(before, scroll, ruler);
    VBox.setVgrow(row, Priority.ALWAYS);
    return new VBox(caption, row);
  }

  /** Whether long lines wrap on both sides. */
  BooleanProperty wrapProperty() {
    return wrap.selectedProperty();
  }

  /** True once the diff of the selected finding is on screen. */
  BooleanProperty readyProperty() {
    return ready;
  }

  CodeArea leftArea() {
    return left;
  }

  CodeArea rightArea() {
    return right;
  }

  private void scheduleRefresh() {
    ready.set(false);
    if (!refreshScheduled) {
      refreshScheduled = true;
      Platform.runLater(
          () -> {
            refreshScheduled = false;
            refresh();
          });
    }
  }

  /**
   * Shows a file that could not be checked, as an IDE shows a file with a syntax error: its text,
   * read in the background, at the error's line, with the reason above.
   */
  void showProblem(ProblemItem problem, Path folder) {
    ready.set(false);
    shownPath = null;
    int mine = ++generation;
    problemShown = problem;
    shown = null;
    block = -1;
    title.setText(problem.path() + "  ·  not checked");
    subtitle.setText(
        (problem.line() > 0 ? "Line " + problem.line() + ": " : "") + problem.message());
    leftCaption.setText("Current  ·  " + problem.path());
    sides.getItems().setAll(leftSide); // nothing is proposed for a file not checked
    left.replaceText("Loading…");
    right.replaceText("");
    updateButtons();
    Path file = folder == null ? Path.of(problem.path()) : folder.resolve(problem.path());
    worker.execute(
        () -> {
          String text = readable(file);
          Platform.runLater(
              () -> {
                if (mine != generation) {
                  return;
                }
                left.replaceText(text);
                int line = problem.line() - 1;
                if (line >= 0 && line < left.getParagraphs().size()) {
                  left.setParagraphStyle(line, List.of("problem-line"));
                  showAtTop(left, Math.max(0, line - 5));
                  left.moveTo(line, 0);
                }
                ready.set(true);
              });
        });
  }

  /** A finding or group is shown again, not a problem. */
  void forgetProblem() {
    problemShown = null;
  }

  /** The finding that stands for the group selected (grouped by change), or null. */
  private FindingItem representative;

  private int representing;

  /**
   * Shows, while no single finding is selected, the first finding of a group of the same rewrite,
   * for the whole group ({@code count} findings): judged once, accepted together. Null: none.
   */
  void showRepresentative(FindingItem first, int count) {
    if (first != representative || count != representing) {
      representative = first;
      representing = count;
      scheduleRefresh();
    }
  }

  /** The text of a file not checked, or why it is not shown (too large, binary, unreadable). */
  private static String readable(Path file) {
    try {
      var attributes =
          java.nio.file.Files.readAttributes(
              file, java.nio.file.attribute.BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        // a FIFO would block the read forever, a device never ends
        return "(not shown: not a regular file)";
      }
      if (attributes.size() > Checker.MAX_FILE_BYTES) {
        // as large as the checker reads, no larger
        return "(not shown: the file is larger than " + (Checker.MAX_FILE_BYTES >> 20) + " MB)";
      }
      byte[] bytes = java.nio.file.Files.readAllBytes(file);
      for (byte b : bytes) {
        if (b == 0) {
          return "(not shown: the file holds NUL bytes, it looks binary)";
        }
      }
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return "(not shown: the file cannot be read: " + e.getMessage() + ")";
    }
  }

  /** The path of the finding's file on screen (or being computed), if a finding's is. */
  private String shownPath;

  /** From this many characters on, the panes say "Loading…" while the diff is computed. */
  private static final int LOADING_NOTE_FROM = 40_000;

  /** The problem on screen, if one is. */
  private ProblemItem problemShown;

  private void refresh() {
    FindingItem selected = model.review().selectedProperty().get();
    boolean standsForGroup = selected == null && representative != null;
    final FindingItem item = standsForGroup ? representative : selected;
    if (item == null && problemShown != null) {
      return; // the tree's selection moved to a problem: it is on screen
    }
    problemShown = null;
    if (sides.getItems().size() == 1) {
      sides.getItems().setAll(leftSide, rightSide);
    }
    int mine = ++generation;
    if (item == null || item.file().original() == null) {
      shownPath = null;
      title.setText("Select a finding to see its fix");
      subtitle.setText("");
      show(mine, null, null);
      return;
    }
    title.setText(
        item.path() + "  ·  " + item.code() + " " + item.rule().map(Rule::name).orElse(""));
    subtitle.setText(
        (standsForGroup && representing > 1
                ? "The first of " + representing + " findings with this rewrite  ·  "
                : "")
            + CodeSpans.plain(subtitleFor(item)));
    Proposal proposal = item.file().propose(item.fixable() ? item : null);
    SourceFile original = item.file().original();
    String before = original.text();
    // the finding behind each fix the proposal made, to colour its blocks and toggle it there
    List<FindingItem> fixOwners = new ArrayList<>();
    for (Fix fix : proposal.applied()) {
      fixOwners.add(
          item.file().findings().stream()
              .filter(finding -> finding.fix().orElse(null) == fix)
              .findFirst()
              .orElse(null));
    }
    if (before.length() > LOADING_NOTE_FROM && !item.path().equals(shownPath)) {
      // a large file takes a moment to diff: say so rather than show an empty pane (only when
      // another file comes up: accepting a fix in the file on screen keeps it there meanwhile)
      shown = null;
      left.replaceText("Loading…");
      right.replaceText("Loading…");
    }
    shownPath = item.path();
    worker.execute(
        () -> {
          try {
            Computed computed = compute(before, proposal.text(), original, proposal.applied());
            Platform.runLater(
                () -> {
                  blockOwners = owners(computed.owners(), fixOwners);
                  show(mine, computed, item);
                });
          } catch (RuntimeException e) {
            // a view that cannot be drawn says so; the rest of the window goes on
            Platform.runLater(
                () -> {
                  subtitle.setText("The diff cannot be shown: " + e);
                  show(mine, null, null);
                });
          }
        });
  }

  private String subtitleFor(FindingItem item) {
    String where = "Line " + item.line() + ", column " + item.column() + ": " + item.message();
    if (!item.fixable()) {
      return where
          + (item.withheld() != null
              ? "  ·  No fix: " + item.withheld()
              : "  ·  Advice only: no automatic fix");
    }
    where += "  ·  " + item.kind().description();
    long others = item.file().findings().stream().filter(f -> f.isAccepted() && f != item).count();
    String state = item.isAccepted() ? "accepted" : "not accepted yet (preview)";
    return where
        + "  ·  This fix: "
        + state
        + (others > 0 ? "  ·  " + others + " other accepted in this file" : "");
  }

  private static List<FindingItem> owners(int[] fixOfBlock, List<FindingItem> fixOwners) {
    List<FindingItem> owners = new ArrayList<>();
    for (int fix : fixOfBlock) {
      owners.add(fix < 0 ? null : fixOwners.get(fix));
    }
    return owners;
  }

  private static Computed compute(
      String before, String after, SourceFile original, List<Fix> fixes) {
    SideBySide diff = SideBySide.of(before, after);
    String leftText = display(diff.leftLines());
    String rightText = display(diff.rightLines());
    return new Computed(
        diff,
        leftText,
        rightText,
        spans(leftText, diff.leftLines(), diff.leftWords(), "removed-word"),
        spans(rightText, diff.rightLines(), diff.rightWords(), "added-word"),
        ChangeOwners.of(diff, original, fixes));
  }

  /** The lines without their line breaks, joined by '\n' (the areas show lines, not endings). */
  private static String display(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      text.append(strip(lines.get(i)));
    }
    return text.toString();
  }

  private static String strip(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  private static StyleSpans<Collection<String>> spans(
      String text, List<String> lines, List<SideBySide.Span> words, String wordClass) {
    int[] marks = new int[text.length()];
    for (PythonStyles.Style style : PythonStyles.of(text)) {
      int code = Arrays.asList(SYNTAX).indexOf(style.styleClass());
      for (int i = style.start(); i < Math.min(style.end(), marks.length); i++) {
        marks[i] = code;
      }
    }
    int[] lineStart = new int[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      lineStart[i + 1] = lineStart[i] + strip(lines.get(i)).length() + 1;
    }
    for (SideBySide.Span word : words) {
      int length = strip(lines.get(word.line())).length();
      for (int i = word.start(); i < Math.min(word.end(), length); i++) {
        marks[lineStart[word.line()] + i] |= WORD;
      }
    }
    StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
    if (marks.length == 0) {
      builder.add(Collections.emptyList(), 0);
      return builder.create();
    }
    int start = 0;
    for (int i = 1; i <= marks.length; i++) {
      if (i == marks.length || marks[i] != marks[start]) {
        builder.add(classes(marks[start], wordClass), i - start);
        start = i;
      }
    }
    return builder.create();
  }

  private static Collection<String> classes(int mark, String wordClass) {
    List<String> classes = new ArrayList<>(2);
    int syntax = mark & (WORD - 1);
    if (syntax > 0) {
      classes.add(SYNTAX[syntax]);
    }
    if ((mark & WORD) != 0) {
      classes.add(wordClass);
    }
    return classes;
  }

  private void show(int mine, Computed computed, FindingItem item) {
    if (mine != generation) {
      return;
    }
    shown = computed == null ? null : computed.diff();
    if (computed == null) {
      blockOwners = List.of();
    }
    block = -1;
    fill(left, computed == null ? "" : computed.leftText(), computed, true);
    fill(right, computed == null ? "" : computed.rightText(), computed, false);
    if (computed != null) {
      int changes = computed.diff().blocks().size();
      leftCaption.setText("Current  ·  " + item.path());
      rightCaption.setText(
          "Proposed  ·  "
              + (changes == 0 ? "no change" : changes + (changes == 1 ? " change" : " changes")));
      int line = item.line() - 1;
      if (line < left.getParagraphs().size() && !computed.diff().leftChanged(line)) {
        left.setParagraphStyle(line, List.of("focus-line"));
      }
      block = firstBlockAtOrAfter(line);
      scrollTo(line);
      // the areas lay out their new text on the next pulse: scroll again once they have
      Platform.runLater(() -> scrollTo(line));
    } else {
      leftCaption.setText("Current");
      rightCaption.setText("Proposed");
    }
    updateButtons();
    ready.set(true);
  }

  private void fill(CodeArea area, String text, Computed computed, boolean isLeft) {
    area.replaceText(text);
    if (computed == null) {
      return;
    }
    area.setStyleSpans(0, isLeft ? computed.leftSpans() : computed.rightSpans());
    SideBySide diff = computed.diff();
    int count = isLeft ? diff.leftLines().size() : diff.rightLines().size();
    for (int i = 0; i < count && i < area.getParagraphs().size(); i++) {
      boolean changed = isLeft ? diff.leftChanged(i) : diff.rightChanged(i);
      if (changed) {
        area.setParagraphStyle(i, List.of(isLeft ? "removed-line" : "added-line"));
      }
    }
  }

  private int firstBlockAtOrAfter(int line) {
    List<SideBySide.Block> blocks = shown.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).leftEnd() >= line) {
        return i;
      }
    }
    return blocks.isEmpty() ? -1 : blocks.size() - 1;
  }

  /** Shows a left line a few lines below the top, and its counterpart on the right. */
  private void scrollTo(int leftLine) {
    if (shown == null) {
      return;
    }
    int top = Math.max(0, leftLine - 5);
    showAtTop(left, top);
    showAtTop(right, shown.rightLineFor(top));
    syncedLeftTop = top;
    syncedRightTop = shown.rightLineFor(top);
  }

  private static void showAtTop(CodeArea area, int paragraph) {
    if (area.getParagraphs().isEmpty()) {
      return;
    }
    area.showParagraphAtTop(Math.min(paragraph, area.getParagraphs().size() - 1));
  }

  /** Scrolls the side that did not move so that the lines facing each other stay level. */
  private void syncAfterLayout() {
    level();
    drawBandsAndRulers();
  }

  private void level() {
    if (shown == null || left.getParagraphs().isEmpty() || right.getParagraphs().isEmpty()) {
      return;
    }
    int leftTop;
    int rightTop;
    try {
      leftTop = left.firstVisibleParToAllParIndex();
      rightTop = right.firstVisibleParToAllParIndex();
    } catch (RuntimeException e) {
      return; // nothing laid out yet
    }
    if (leftTop != syncedLeftTop) {
      int facing = shown.rightLineFor(leftTop);
      syncedLeftTop = leftTop;
      syncedRightTop = Math.min(facing, right.getParagraphs().size() - 1);
      if (rightTop != syncedRightTop) {
        showAtTop(right, facing);
      }
    } else if (rightTop != syncedRightTop) {
      int facing = shown.leftLineFor(rightTop);
      syncedRightTop = rightTop;
      syncedLeftTop = Math.min(facing, left.getParagraphs().size() - 1);
      if (leftTop != syncedLeftTop) {
        showAtTop(left, facing);
      }
    }
  }

  /**
   * Draws the bands between the sides and the rulers beside them for what is on screen now, if it
   * moved since they were drawn (drawing lays out again: drawing every pulse would never stop).
   */
  private void drawBandsAndRulers() {
    List<Object> now =
        shown == null || left.getParagraphs().isEmpty() || right.getParagraphs().isEmpty()
            ? List.of()
            : List.of(
                shown,
                model.review().revisionProperty().get(),
                left.estimatedScrollYProperty().getValue(),
                right.estimatedScrollYProperty().getValue(),
                connector.getHeight(),
                leftRuler.getHeight(),
                left.getWidth(),
                right.getWidth());
    if (now.equals(drawnFor)) {
      return;
    }
    drawnFor = now;
    if (now.isEmpty()) {
      connector.show(List.of(), b -> null);
      leftRuler.show(0, List.of(), 0, 0);
      rightRuler.show(0, List.of(), 0, 0);
      return;
    }
    int leftFirst;
    int leftLast;
    int rightFirst;
    int rightLast;
    try {
      leftFirst = left.firstVisibleParToAllParIndex();
      leftLast = left.lastVisibleParToAllParIndex();
      rightFirst = right.firstVisibleParToAllParIndex();
      rightLast = right.lastVisibleParToAllParIndex();
    } catch (RuntimeException e) {
      drawnFor = List.of();
      return; // nothing laid out yet: the next pulse draws
    }
    connector.show(
        DiffBands.of(
            shown.blocks(),
            lineTops(left, leftFirst, leftLast),
            lineTops(right, rightFirst, rightLast),
            connector.getHeight()),
        this::look);
    List<DiffRuler.Mark> leftMarks = new ArrayList<>();
    List<DiffRuler.Mark> rightMarks = new ArrayList<>();
    for (int i = 0; i < shown.blocks().size(); i++) {
      SideBySide.Block change = shown.blocks().get(i);
      String colour = look(i).styleClass();
      leftMarks.add(new DiffRuler.Mark(change.leftStart(), change.leftEnd(), colour));
      rightMarks.add(new DiffRuler.Mark(change.rightStart(), change.rightEnd(), colour));
    }
    leftRuler.show(left.getParagraphs().size(), leftMarks, leftFirst, leftLast);
    rightRuler.show(right.getParagraphs().size(), rightMarks, rightFirst, rightLast);
  }

  /**
   * The height, in the connector, at which each line of a side starts: measured for the lines on
   * screen, reckoned from their height for the others (their bands are cut off anyway).
   */
  private java.util.function.IntToDoubleFunction lineTops(CodeArea area, int first, int last) {
    double top = localTop(area, first);
    double bottom = localBottom(area, last);
    double perLine = (bottom - top) / Math.max(1, last - first + 1);
    return line -> {
      if (line >= first && line <= last) {
        double measured = localTop(area, line);
        return Double.isNaN(measured) ? top + (line - first) * perLine : measured;
      }
      return line < first ? top - (first - line) * perLine : bottom + (line - last - 1) * perLine;
    };
  }

  private double localTop(CodeArea area, int line) {
    return area.getParagraphBoundsOnScreen(line)
        .map(bounds -> connector.screenToLocal(bounds).getMinY())
        .orElse(Double.NaN);
  }

  private double localBottom(CodeArea area, int line) {
    return area.getParagraphBoundsOnScreen(line)
        .map(bounds -> connector.screenToLocal(bounds).getMaxY())
        .orElse(Double.NaN);
  }

  /** A block's colour and toggle: by the fix that made it, accepted or not, safe or not. */
  private DiffConnector.Look look(int block) {
    FindingItem owner = block < blockOwners.size() ? blockOwners.get(block) : null;
    if (owner == null) {
      return new DiffConnector.Look("diff-band-plain", null);
    }
    String colour =
        owner.isAccepted()
            ? "diff-band-accepted"
            : owner.kind() == FixKind.UNSAFE ? "diff-band-unsafe" : "diff-band-safe";
    boolean accepted = owner.isAccepted();
    return new DiffConnector.Look(
        colour,
        new DiffConnector.Toggle(
            accepted,
            () -> model.review().accept(owner, !accepted),
            (accepted ? "Accepted: click to reject " : "Not accepted yet: click to accept ")
                + owner.code()
                + "'s fix at line "
                + owner.line()
                + " ("
                + owner.kind().description()
                + ")"));
  }

  /** Shows a line of one side (a ruler was clicked); the other side follows. */
  private void jump(CodeArea area, int line) {
    showAtTop(area, Math.max(0, line - 5));
  }

  void nextChange() {
    if (shown != null && block + 1 < shown.blocks().size()) {
      block++;
      scrollTo(shown.blocks().get(block).leftStart());
      updateButtons();
    }
  }

  void previousChange() {
    if (shown != null && block > 0) {
      block--;
      scrollTo(shown.blocks().get(block).leftStart());
      updateButtons();
    }
  }

  private void updateButtons() {
    previous.setDisable(shown == null || block <= 0);
    next.setDisable(shown == null || block + 1 >= shown.blocks().size());
  }

  void shutdown() {
    worker.shutdownNow();
  }
}
