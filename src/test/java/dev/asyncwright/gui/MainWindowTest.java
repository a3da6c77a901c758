package dev.asyncwright.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.gui.model.ProblemItem;
import dev.asyncwright.gui.model.ReviewViewModel;
import dev.asyncwright.gui.model.RewriteShape;
import dev.asyncwright.gui.model.SampleProject;
import dev.asyncwright.gui.model.UserSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window driven as a user would, headless (TestFX on Monocle): the sample project opens,
 * findings appear grouped, a finding shows both sides of its diff, accept + apply changes the file,
 * undo restores it, the commit holds only our files, a file edited behind the window's back is
 * refused, and Cancel stops a scan.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  private ReviewViewModel model;
  private MainWindow window;

  @BeforeAll
  static void separatePreferences() {
    System.setProperty("asyncwright.preferences", "dev/asyncwright-tests");
  }

  @Start
  void start(Stage stage) {
    model = new ReviewViewModel(2);
    window = new MainWindow(stage, model, UserSettings.load());
    Scene scene = new Scene(window, 1400, 900);
    scene
        .getStylesheets()
        .add(AsyncwrightApp.class.getResource("asyncwright.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    window.installKeys();
  }

  /** The folders a test made, removed after it so that a run leaves nothing in the temp folder. */
  private final List<Path> made = new java.util.ArrayList<>();

  @AfterEach
  void stop() throws IOException {
    model.shutdown();
    for (Path folder : made) {
      FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
    }
  }

  /** A fresh copy of the sample repository, removed after the test. */
  private Path sample() throws IOException, GitAPIException {
    Path project = SampleProject.create();
    made.add(project.getParent());
    return project;
  }

  /** A new empty temporary folder, removed after the test. */
  private Path temporary(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(prefix);
    made.add(folder);
    return folder;
  }

  @Test
  void theSampleOpensFromTheWelcomeViewWithFindingsGroupedByRule(FxRobot robot)
      throws TimeoutException {
    robot.clickOn("#welcome-sample");
    waitForScan();
    TreeItem<Object> root = window.findingsView().tree().getRoot();
    List<String> groups =
        root.getChildren().stream()
            .map(TreeItem::getValue)
            .filter(TreeEntry.Group.class::isInstance)
            .map(value -> ((TreeEntry.Group) value).title())
            .toList();
    assertTrue(groups.contains("AW101 blocking-sleep"), groups.toString());
    assertTrue(groups.contains("AW502 timeout-error-alias"), groups.toString());
    robot.clickOn("#group-by-file");
    WaitForAsyncUtils.waitForFxEvents();
    List<String> files =
        window.findingsView().tree().getRoot().getChildren().stream()
            .map(TreeItem::getValue)
            .filter(TreeEntry.Group.class::isInstance)
            .map(value -> ((TreeEntry.Group) value).key())
            .toList();
    assertTrue(files.contains("shop/orders.py"), files.toString());
  }

  @Test
  void aSelectedFindingShowsTheFileAndItsRewriteSideBySide(FxRobot robot) throws Exception {
    open(sample());
    FindingItem sleep = only("AW101");
    select(robot, sleep);
    String left = window.diffView().leftArea().getText();
    String right = window.diffView().rightArea().getText();
    assertTrue(left.contains("    time.sleep(0.01)  # give the warehouse a moment"), left);
    assertTrue(
        right.contains("    await asyncio.sleep(0.01)  # give the warehouse a moment"), right);
    assertFalse(right.contains("time.sleep(0.01)"), right);
    Label title = robot.lookup("#diff-title").queryAs(Label.class);
    assertTrue(title.getText().contains("AW101 blocking-sleep"), title.getText());
    // looked at once, it counts as reviewed; F8 goes to the next finding not looked at yet
    int total = model.review().findings().size();
    Label reviewed = robot.lookup("#reviewed").queryAs(Label.class);
    assertEquals("1 of " + total + " reviewed  ·", reviewed.getText());
    robot.type(KeyCode.F8);
    waitFor(() -> model.review().selectedProperty().get() != sleep);
    FindingItem next = model.review().selectedProperty().get();
    assertEquals(window.findingsView().inTreeOrder().get(1), next, "the one after it in the tree");
    assertEquals("2 of " + total + " reviewed  ·", reviewed.getText());
    assertTrue(model.review().isReviewed(sleep) && model.review().isReviewed(next));
    // a rescan makes new findings of the same code: they are still reviewed
    robot.interact(model.scanner()::scan);
    waitForScan();
    waitFor(() -> reviewed.getText().equals("2 of " + total + " reviewed  ·"));
  }

  @Test
  void theReviewIsKeptAcrossARestartAndAnAcceptanceOnlyForTheSameBytes(FxRobot robot)
      throws Exception {
    Path sample = sample();
    open(sample);
    select(robot, only("AW503"));
    robot.interact(
        () -> {
          model.review().accept(only("AW502"), true);
          model.review().rejectAll(List.of(only("AW101")));
        });
    assertTrue(model.review().isRejected(only("AW101")));
    // rejected findings are struck through in the tree
    waitFor(
        () ->
            !robot
                .lookup("#findings-tree")
                .lookup(".finding-rejected")
                .queryAllAs(Label.class)
                .isEmpty());
    model.shutdown(); // the window closes: the marks are written

    ReviewViewModel again = reopened(sample);
    try {
      assertTrue(findingOf(again, "AW502").isAccepted(), "accepted again");
      assertTrue(again.review().isRejected(findingOf(again, "AW101")));
      assertTrue(again.review().isReviewed(findingOf(again, "AW503")), "seen");
      assertEquals(3, again.review().reviewedCount());
    } finally {
      again.shutdown();
    }

    // the file the fix was accepted in changes: the finding stays reviewed, its fix waits
    Path orders = sample.resolve("shop/orders.py");
    Files.writeString(orders, Files.readString(orders) + "# edited elsewhere\n");
    ReviewViewModel third = reopened(sample);
    try {
      FindingItem alias = findingOf(third, "AW502");
      assertFalse(alias.isAccepted());
      assertTrue(third.review().isReviewed(alias));
      assertTrue(
          third.review().isRejected(findingOf(third, "AW101")), "its own file did not change");
    } finally {
      third.shutdown();
    }
  }

  /** A second window's model, as after a restart, on the folder; scanned. */
  private static ReviewViewModel reopened(Path folder) throws TimeoutException {
    ReviewViewModel reopened = new ReviewViewModel(2);
    WaitForAsyncUtils.asyncFx(() -> reopened.scanner().open(folder));
    waitForScan(reopened);
    return reopened;
  }

  private static FindingItem findingOf(ReviewViewModel in, String code) {
    List<FindingItem> found = in.review().findings(item -> item.code().equals(code));
    assertEquals(1, found.size(), code + ": " + found);
    return found.get(0);
  }

  @Test
  void theDiffsBandsShowEachChangeByItsFixAndAcceptOrRejectItThere(FxRobot robot) throws Exception {
    open(sample());
    FindingItem unsafe = only("AW501");
    select(robot, unsafe);
    // a band joins the fix's lines across the sides, amber for an unsafe fix not accepted yet
    waitFor(() -> !robot.lookup(".diff-band-unsafe").queryAll().isEmpty());
    Label toggle = robot.lookup(".diff-band-toggle").queryAs(Label.class);
    assertEquals("+", toggle.getText());
    robot.clickOn(toggle);
    waitFor(unsafe::isAccepted);
    // accepted there, it turns to the accepted colour, and a click there takes it back
    waitFor(() -> !robot.lookup(".diff-band-accepted").queryAll().isEmpty());
    assertTrue(robot.lookup(".diff-band-unsafe").queryAll().isEmpty());
    robot.clickOn(robot.lookup(".diff-band-toggle").queryAs(Label.class));
    waitFor(() -> !unsafe.isAccepted());
    assertTrue(model.review().isRejected(unsafe));
    // the rulers mark the change in the whole file, and a click on one shows that part of it
    assertFalse(
        robot.lookup("#diff-ruler-right").lookup(".diff-mark").queryAll().isEmpty(),
        "no mark on the ruler");
    Region ruler = robot.lookup("#diff-ruler-left").queryAs(Region.class);
    robot.interact(() -> window.diffView().leftArea().showParagraphAtTop(0));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(
        robot
            .point(ruler)
            .atPosition(javafx.geometry.Pos.BOTTOM_CENTER)
            .atOffset(new javafx.geometry.Point2D(0, -3)));
    waitFor(() -> window.diffView().leftArea().firstVisibleParToAllParIndex() > 0);
  }

  @Test
  void aFileEditedInAnotherEditorIsCheckedAgainAndItsFindingsFollowIt() throws Exception {
    Path sample = sample();
    open(sample);
    FindingItem any = model.review().findings().get(0);
    String path = any.path();
    // another editor saves the file without any of what the rules find
    Files.writeString(any.file().file(), "VALUE = 1\n");
    waitFor(() -> model.review().findings(item -> item.path().equals(path)).isEmpty());
    assertEquals(
        "Changed on disk, checked again: " + path, model.activity().statusProperty().get());
  }

  @Test
  void groupedByChangeAGroupShowsItsFirstRewriteAndIsJudgedAndAcceptedAtOnce(FxRobot robot)
      throws Exception {
    Path project = temporary("aw-shapes");
    Git.init().setDirectory(project.toFile()).call().close();
    String waits =
        "import asyncio\n\n\nasync def %s(event):\n    try:\n"
            + "        await asyncio.wait_for(event.wait(), 1)\n"
            + "    except asyncio.TimeoutError:\n        return None\n";
    Files.writeString(
        project.resolve("pyproject.toml"), "[project]\nrequires-python = \">=3.11\"\n");
    Files.writeString(project.resolve("first.py"), waits.formatted("first"));
    Files.writeString(project.resolve("second.py"), waits.formatted("second"));
    open(project);
    robot.clickOn("#group-by-change");
    WaitForAsyncUtils.waitForFxEvents();
    List<TreeItem<Object>> groups = window.findingsView().tree().getRoot().getChildren();
    TreeItem<Object> shared =
        groups.stream()
            .filter(row -> ((TreeEntry.Group) row.getValue()).items().size() > 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no rewrite shared by two findings: " + groups));
    TreeEntry.Group group = (TreeEntry.Group) shared.getValue();
    List<FindingItem> members = group.items();
    // every member does the same: the title says what, once, with the code spans as plain text
    assertTrue(group.title().startsWith(members.get(0).code() + " "), group.title());
    assertFalse(group.title().contains("`"), group.title());
    assertTrue(members.stream().map(RewriteShape::of).distinct().count() == 1, members.toString());
    // the group's row shows its first finding's diff and counts as a look at each of them
    robot.interact(() -> window.findingsView().tree().getSelectionModel().select(shared));
    waitFor(() -> window.diffView().readyProperty().get());
    List<String> subtitles = new java.util.ArrayList<>();
    robot.lookup(".diff-subtitle").queryAllAs(Label.class).forEach(l -> subtitles.add(l.getText()));
    assertTrue(
        subtitles.stream()
            .anyMatch(text -> text.startsWith("The first of " + members.size() + " findings")),
        subtitles.toString());
    Label title = robot.lookup("#diff-title").queryAs(Label.class);
    assertTrue(title.getText().startsWith(members.get(0).path() + "  ·  "), title.getText());
    assertTrue(members.stream().allMatch(model.review()::isReviewed), "all of the group reviewed");
    assertNull(model.review().selectedProperty().get(), "no one finding is selected");
    // and accepting here accepts the group, no other finding
    robot.interact(() -> window.findingsView().tree().requestFocus());
    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.A);
    WaitForAsyncUtils.waitForFxEvents();
    long unsafe = members.stream().filter(item -> item.kind() == FixKind.UNSAFE).count();
    if (unsafe > 0) {
      robot.clickOn("Accept all " + members.size() + " (" + unsafe + " unsafe)");
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertTrue(members.stream().allMatch(FindingItem::isAccepted), members.toString());
    assertEquals(members.size(), model.review().acceptedProperty().get());
  }

  @Test
  void acceptApplyAndUndoChangeTheFileAndPutItBack(FxRobot robot) throws Exception {
    Path sample = sample();
    Path orders = sample.resolve("shop/orders.py");
    byte[] before = acceptAndApplyTheAliasFix(robot, sample);
    String written = Files.readString(orders);
    assertTrue(written.contains("    except TimeoutError:\n"), written);
    assertTrue(model.review().findings(item -> item.code().equals("AW502")).isEmpty());
    robot.clickOn("#undo");
    waitFor(
        () -> !model.activity().busyProperty().get() && !model.applier().canUndoProperty().get());
    assertArrayEquals(before, Files.readAllBytes(orders));
    assertEquals(1, model.review().findings(item -> item.code().equals("AW502")).size());
  }

  @Test
  void ctrlZInTheFilterUndoesTheApplyAndGivesTheAcceptedFixBack(FxRobot robot) throws Exception {
    Path sample = sample();
    Path orders = sample.resolve("shop/orders.py");
    byte[] before = acceptAndApplyTheAliasFix(robot, sample);
    // the disabled Apply button lost the focus: it goes back to the tree, not to the filter
    waitFor(() -> window.getScene().getFocusOwner() == window.findingsView().tree());
    robot.clickOn(window.findingsView().filterField());
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    waitFor(
        () -> !model.activity().busyProperty().get() && !model.applier().canUndoProperty().get());
    assertArrayEquals(before, Files.readAllBytes(orders));
    FindingItem alias = only("AW502");
    assertTrue(alias.isAccepted(), "the undo takes back the write, not the review");
    assertEquals(1, model.review().acceptedProperty().get());
  }

  @Test
  void escapeClearsTheFilterAndThenReturnsToTheTree(FxRobot robot) throws Exception {
    open(sample());
    robot.clickOn(window.findingsView().filterField());
    robot.interact(() -> window.findingsView().filterField().setText("no such finding"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.findingsView().shown().isEmpty());
    robot.type(KeyCode.ESCAPE);
    assertEquals("", window.findingsView().filterField().getText());
    assertFalse(window.findingsView().shown().isEmpty());
    assertEquals(window.findingsView().filterField(), window.getScene().getFocusOwner());
    robot.type(KeyCode.ESCAPE);
    assertEquals(window.findingsView().tree(), window.getScene().getFocusOwner());
  }

  @Test
  void theTreeKeepsAReadableWidthWhateverWasSaved(FxRobot robot) throws Exception {
    UserSettings settings = UserSettings.load();
    settings.setNumber("split.tree.width", 40); // what a shrinking layout saved before
    ReviewViewModel other = new ReviewViewModel(2);
    MainWindow[] small = new MainWindow[1];
    Stage[] stage = new Stage[1];
    robot.interact(
        () -> {
          stage[0] = new Stage();
          small[0] = new MainWindow(stage[0], other, settings);
          stage[0].setScene(new Scene(small[0], 820, 520));
          stage[0].show();
        });
    try {
      // before a folder is open the review was never shown: nothing is saved
      settings.setNumber("split.tree.width", 40);
      robot.interact(small[0]::rememberLayout);
      assertEquals(40, settings.number("split.tree.width", -1));
      Path sample = sample();
      WaitForAsyncUtils.asyncFx(() -> other.scanner().open(sample));
      waitFor(
          () ->
              other.scanner().rootProperty().get() != null
                  && !other.scanner().scanningProperty().get());
      double tree = small[0].findingsView().getWidth();
      assertTrue(tree >= MainWindow.MIN_TREE_WIDTH, "tree width " + tree);
      robot.interact(small[0]::rememberLayout);
      assertTrue(settings.number("split.tree.width", -1) >= MainWindow.MIN_TREE_WIDTH);
    } finally {
      robot.interact(() -> stage[0].close());
      other.shutdown();
    }
  }

  @Test
  void acceptingAllAsksWithCountsAndCanTakeTheSafeFixesOnly(FxRobot robot) throws Exception {
    open(sample());
    robot.interact(() -> window.findingsView().tree().getSelectionModel().clearSelection());
    List<FindingItem> all = window.findingsView().shown();
    long safe = all.stream().filter(item -> item.kind() == FixKind.SAFE).count();
    long unsafe = all.stream().filter(item -> item.kind() == FixKind.UNSAFE).count();
    assertTrue(safe > 0 && unsafe > 0, safe + " safe, " + unsafe + " unsafe");
    robot.interact(() -> window.findingsView().tree().requestFocus());
    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.A);
    WaitForAsyncUtils.waitForFxEvents();
    robot.lookup("Accept all " + (safe + unsafe) + " (" + unsafe + " unsafe)").queryButton();
    robot.lookup("Cancel").queryButton();
    robot.clickOn("Accept " + safe + " safe only");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(safe, model.review().acceptedProperty().get());
    assertTrue(
        all.stream().filter(FindingItem::isAccepted).allMatch(i -> i.kind() == FixKind.SAFE));
  }

  @Test
  void theOverviewListsTheRulesMostFirstAndAClickFiltersTheTreeToOne(FxRobot robot)
      throws Exception {
    open(sample());
    java.util.Map<String, Long> counts =
        model.review().findings().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    FindingItem::code, java.util.stream.Collectors.counting()));
    // the overview follows the findings a few times a second
    waitFor(() -> robot.lookup(".rule-bar").queryAll().size() == counts.size());
    List<javafx.scene.Node> bars = List.copyOf(robot.lookup(".rule-bar").queryAll());
    List<String> codes = bars.stream().map(bar -> (String) bar.getUserData()).toList();
    List<String> want =
        counts.keySet().stream()
            .sorted(
                java.util.Comparator.comparing((String code) -> -counts.get(code))
                    .thenComparing(code -> code))
            .toList();
    assertEquals(want, codes);
    javafx.scene.Node third = bars.get(2);
    robot.interact(() -> third.getOnMouseClicked().handle(null));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(codes.get(2), window.findingsView().filterField().getText());
    assertTrue(
        window.findingsView().shown().stream().allMatch(item -> item.code().equals(codes.get(2))));
  }

  @Test
  void anEmptyFolderSaysItHasNoFindingsInsteadOfAnEmptyChart(FxRobot robot) throws Exception {
    Path empty = temporary("aw-empty");
    Git.init().setDirectory(empty.toFile()).call().close();
    open(empty);
    Label said = robot.lookup("#overview-empty").queryAs(Label.class);
    waitFor(() -> said.getText().equals("No findings."));
    assertTrue(said.isVisible());
    assertTrue(robot.lookup(".rule-bar").queryAll().isEmpty());
    // another empty folder: the tree's top row names it, not the one before
    Path other = temporary("aw-other");
    Git.init().setDirectory(other.toFile()).call().close();
    open(other);
    String name = other.getFileName().toString();
    waitFor(
        () ->
            window.findingsView().tree().getRoot().getValue() instanceof TreeEntry.AllFindings all
                && all.title().equals(name));
  }

  @Test
  void gitsOwnFolderIsRefusedAndStaysOutOfTheRecentList(FxRobot robot) throws Exception {
    Path sample = sample();
    Path dotGit = sample.resolve(".git");
    robot.interact(() -> window.open(dotGit));
    waitFor(
        () ->
            model.activity().errorProperty().get() != null
                && !model.activity().busyProperty().get());
    String said = model.activity().errorProperty().get();
    assertTrue(said.contains("inside Git's own folder, not a working tree: open " + sample), said);
    assertFalse(UserSettings.load().recentRepositories().contains(dotGit.toAbsolutePath()));
  }

  @Test
  void aMergeInProgressIsABannerThatSaysWhatItBlocks(FxRobot robot) throws Exception {
    Path sample = sample();
    try (Git git = Git.open(sample.toFile())) {
      String head = git.getRepository().resolve("HEAD").name();
      Files.writeString(sample.resolve(".git/MERGE_HEAD"), head + "\n");
    }
    open(sample);
    waitFor(() -> model.activity().errorProperty().get() != null);
    assertEquals(
        "A merge is in progress: commit is disabled until you finish or abort it.",
        model.activity().errorProperty().get());
    assertTrue(robot.lookup("#banner").query().isVisible());
  }

  @Test
  void f1ListsTheShortcutsFromTheMenusAndAboutNamesTheVersion(FxRobot robot) throws Exception {
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.layout.GridPane grid =
        robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class);
    List<String> texts = grid.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    assertTrue(texts.contains("Undo apply"), texts.toString());
    assertTrue(texts.contains("Apply accepted fixes"), texts.toString());
    assertTrue(texts.contains("Space"), texts.toString());
    Stage shown = windowTitled("Keyboard shortcuts");
    robot.interact(shown::close);
    robot.clickOn("Help");
    robot.clickOn("About Asyncwright");
    WaitForAsyncUtils.waitForFxEvents();
    Stage about = windowTitled("About Asyncwright");
    String header = ((javafx.scene.control.DialogPane) about.getScene().getRoot()).getHeaderText();
    assertEquals("Asyncwright " + dev.asyncwright.report.ToolVersion.of(), header);
    robot.interact(about::close);
  }

  @Test
  void theDiffsHeaderKeepsItsHeightFromFindingToFinding(FxRobot robot) throws Exception {
    open(sample());
    javafx.scene.Node header = robot.lookup(".diff-header").query();
    List<Double> heights = new java.util.ArrayList<>();
    for (String code : List.of("AW502", "AW601", "AW302")) {
      select(robot, only(code));
      WaitForAsyncUtils.waitForFxEvents();
      heights.add(header.getLayoutBounds().getHeight());
    }
    assertEquals(1, heights.stream().distinct().count(), heights.toString());
  }

  @Test
  void theCommitDialogCanMakeOneCommitForTheSafeFixesAndOnePerUnsafeRule(FxRobot robot)
      throws Exception {
    Path sample = sample();
    open(sample);
    robot.interact(() -> model.review().acceptAll(model.review().findings()));
    robot.interact(() -> model.applier().apply());
    waitFor(() -> model.committer().canCommitProperty().get());
    java.util.Set<String> unsafeRules = new java.util.TreeSet<>();
    try (Git git = Git.open(sample.toFile())) {
      RevCommit before = git.log().setMaxCount(1).call().iterator().next();
      robot.push(KeyCode.CONTROL, KeyCode.K);
      WaitForAsyncUtils.waitForFxEvents();
      windowTitled("Commit the migration");
      robot.clickOn("#commit-split");
      assertTrue(robot.lookup("#commit-subject").query().isDisabled());
      robot.clickOn("Commit");
      waitFor(() -> model.activity().statusProperty().get().startsWith("Committed "));
      List<RevCommit> made = new java.util.ArrayList<>();
      for (RevCommit commit : git.log().call()) {
        if (commit.equals(before)) {
          break;
        }
        made.add(0, commit);
        if (!commit.getShortMessage().contains(": safe fixes (")) {
          unsafeRules.add(commit.getShortMessage().split(" ")[3]);
        }
      }
      assertTrue(made.get(0).getShortMessage().contains(": safe fixes ("), made.toString());
      assertTrue(made.size() >= 3, made.toString());
      // one commit per unsafe rule, in code order, and nothing of ours left uncommitted
      assertEquals(made.size() - 1, unsafeRules.size(), made.toString());
      assertTrue(git.status().call().getModified().isEmpty());
    }
  }

  @Test
  void settingsAreResizableWithRulesByFamilyASearchAndSelectAllOrNone(FxRobot robot)
      throws Exception {
    open(sample());
    robot.push(KeyCode.CONTROL, KeyCode.COMMA);
    WaitForAsyncUtils.waitForFxEvents();
    Stage dialog = windowTitled("Settings");
    assertTrue(dialog.isResizable());
    assertTrue(dialog.getHeight() >= 360, "height " + dialog.getHeight());
    javafx.scene.layout.VBox rules =
        robot.lookup("#settings-rules").queryAs(javafx.scene.layout.VBox.class);
    List<String> headings =
        rules.getChildren().stream()
            .filter(node -> node.getStyleClass().contains("settings-family"))
            .map(node -> ((Label) node).getText())
            .toList();
    assertTrue(headings.contains("Blocking calls in coroutines"), headings.toString());
    assertTrue(headings.contains("Tasks"), headings.toString());
    robot.clickOn("#settings-search");
    robot.interact(
        () ->
            robot
                .lookup("#settings-search")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("blocking-sleep"));
    WaitForAsyncUtils.waitForFxEvents();
    List<javafx.scene.control.CheckBox> shown =
        rules.getChildren().stream()
            .filter(node -> node instanceof javafx.scene.control.CheckBox && node.isVisible())
            .map(node -> (javafx.scene.control.CheckBox) node)
            .toList();
    assertEquals(1, shown.size(), shown.toString());
    assertTrue(shown.get(0).getText().startsWith("AW101"));
    robot.clickOn("#settings-none");
    assertFalse(shown.get(0).isSelected());
    long ticked =
        rules.getChildren().stream()
            .filter(node -> node instanceof javafx.scene.control.CheckBox box && box.isSelected())
            .count();
    assertTrue(ticked > 0, "select none took only the rules the search shows");
    robot.interact(dialog::close);
  }

  @Test
  void theRulePanelFoldsAwayAndLongLinesWrapFromTheKeyboard(FxRobot robot) throws Exception {
    open(sample());
    select(robot, only("AW302"));
    assertTrue(robot.lookup("#rule-panel").tryQuery().isPresent());
    double before = window.diffView().getHeight();
    robot.push(KeyCode.CONTROL, KeyCode.D);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#rule-panel").tryQuery().isEmpty(), "the rule panel is folded away");
    assertTrue(window.diffView().getHeight() > before, "the diff takes its height");
    robot.push(KeyCode.CONTROL, KeyCode.D);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#rule-panel").tryQuery().isPresent());
    assertFalse(window.diffView().leftArea().isWrapText());
    robot.push(KeyCode.ALT, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.diffView().leftArea().isWrapText());
    assertTrue(window.diffView().rightArea().isWrapText());
    robot.push(KeyCode.ALT, KeyCode.Z);
  }

  @Test
  void theRulesProseShowsCodeSpansAsCodeWithoutBackticks(FxRobot robot) throws Exception {
    open(sample());
    select(robot, only("AW101"));
    List<javafx.scene.text.Text> texts =
        robot
            .lookup("#rule-panel")
            .lookup(".prose")
            .queryAllAs(javafx.scene.text.TextFlow.class)
            .stream()
            .flatMap(flow -> flow.getChildren().stream())
            .map(node -> (javafx.scene.text.Text) node)
            .toList();
    assertFalse(texts.isEmpty());
    assertTrue(texts.stream().noneMatch(text -> text.getText().contains("`")), texts.toString());
    assertTrue(
        texts.stream()
            .anyMatch(
                text ->
                    text.getStyleClass().contains("code-span")
                        && text.getText().equals("time.sleep()")),
        texts.toString());
    // one-line labels, which have one font, show the code without its backticks
    List<String> labels = new java.util.ArrayList<>();
    robot.lookup(".diff-subtitle").queryAllAs(Label.class).forEach(l -> labels.add(l.getText()));
    robot
        .lookup("#findings-tree")
        .lookup(".label")
        .queryAllAs(Label.class)
        .forEach(l -> labels.add(l.getText()));
    assertTrue(
        labels.stream().anyMatch(text -> text.contains("time.sleep() blocks")), labels::toString);
    assertTrue(labels.stream().noneMatch(text -> text.contains("`")), labels::toString);
  }

  @Test
  void theCommitDialogsDiffIsColouredLineByLine(FxRobot robot) {
    List<java.util.Collection<String>> styles = new java.util.ArrayList<>();
    robot.interact(
        () -> {
          org.fxmisc.richtext.CodeArea area = new org.fxmisc.richtext.CodeArea();
          CommitDialog.showDiff(
              area,
              "--- a/app.py\n+++ b/app.py\n@@ -1 +1 @@\n-import time\n+import asyncio\n same\n");
          for (int i = 0; i < area.getParagraphs().size(); i++) {
            styles.add(area.getParagraph(i).getParagraphStyle());
          }
        });
    assertEquals(List.of("diff-file-line"), List.copyOf(styles.get(0)));
    assertEquals(List.of("diff-hunk-line"), List.copyOf(styles.get(2)));
    assertEquals(List.of("removed-line"), List.copyOf(styles.get(3)));
    assertEquals(List.of("added-line"), List.copyOf(styles.get(4)));
    assertTrue(styles.get(5).isEmpty());
  }

  @Test
  void theThemeMenuSwitchesToDarkAndBackAtOnce(FxRobot robot) {
    robot.clickOn("View").clickOn("Theme").clickOn("Dark");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        window.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css")),
        window.getScene().getStylesheets().toString());
    robot.clickOn("View").clickOn("Theme").clickOn("Light");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        window.getScene().getStylesheets().stream().noneMatch(sheet -> sheet.endsWith("dark.css")));
    robot.clickOn("View").clickOn("Theme").clickOn("As the desktop");
  }

  @Test
  void theCommitHoldsOurFilesOnlyAndLeavesTheUsersChangesAlone(FxRobot robot) throws Exception {
    Path sample = sample();
    Path readme = sample.resolve("README.md");
    Files.writeString(readme, "my own edit, not to be committed\n", StandardCharsets.UTF_8);
    Files.writeString(sample.resolve("notes.txt"), "untracked\n", StandardCharsets.UTF_8);
    open(sample);
    robot.clickOn("#accept-safe");
    long safe = model.review().findings(item -> item.kind() == FixKind.SAFE).size();
    assertTrue(safe >= 3, "safe fixes in the sample: " + safe);
    assertEquals(
        safe, model.review().acceptedProperty().get(), "no unsafe fix taken by 'Accept safe'");
    robot.clickOn("#apply");
    waitFor(
        () ->
            !model.activity().busyProperty().get() && model.committer().canCommitProperty().get());
    robot.clickOn("#commit");
    WaitForAsyncUtils.waitForFxEvents();
    robot
        .press(KeyCode.CONTROL)
        .press(KeyCode.ENTER)
        .release(KeyCode.ENTER)
        .release(KeyCode.CONTROL);
    waitFor(() -> model.activity().statusProperty().get().startsWith("Committed"));
    try (Git git = Git.open(sample.toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertTrue(
          head.getFullMessage().startsWith("Modernise asyncio usage ("), head.getFullMessage());
      assertTrue(head.getFullMessage().contains("AW502 timeout-error-alias: 1"));
      Set<String> committed = changedPaths(git, head);
      assertTrue(committed.contains("shop/orders.py"), committed.toString());
      assertFalse(committed.contains("README.md"), committed.toString());
      assertFalse(committed.contains("notes.txt"), committed.toString());
      var status = git.status().call();
      assertEquals(Set.of("README.md"), status.getModified());
      assertEquals(Set.of("notes.txt"), status.getUntracked());
      assertTrue(status.getChanged().isEmpty() && status.getAdded().isEmpty());
    }
  }

  @Test
  void aFileTheUserEditedBeforeTheApplyStaysOutOfTheCommit(FxRobot robot) throws Exception {
    Path sample = sample();
    open(sample);
    Path notifications = sample.resolve("shop/notifications.py");
    Files.writeString(notifications, Files.readString(notifications) + "# my own line\n");
    robot.clickOn("#rescan"); // the user's edit is now what the window scanned
    waitForScan();
    robot.interact(
        () -> {
          model.review().acceptSafe(model.review().findings());
          model.review().accept(only("AW503"), true); // in the file the user edited
        });
    robot.clickOn("#apply");
    waitFor(
        () ->
            !model.activity().busyProperty().get() && model.committer().canCommitProperty().get());
    CommitDraftCheck draft = new CommitDraftCheck();
    robot.interact(
        () -> {
          draft.leftOut = model.committer().commitDraft().leftOut();
          draft.body = model.committer().commitDraft().body();
        });
    assertTrue(
        draft.leftOut.contains(
            "shop/notifications.py: has uncommitted changes of its own, which must stay out of the"
                + " migration commit; commit it yourself"),
        draft.leftOut.toString());
    // the message counts the fixes of the files committed, as `check --fix --commit` does
    assertFalse(draft.body.contains("AW503"), draft.body);
    assertTrue(draft.body.contains("AW502 timeout-error-alias: 1"), draft.body);
    robot.interact(() -> model.committer().commit("Modernise", "", null));
    waitFor(() -> model.activity().statusProperty().get().startsWith("Committed"));
    try (Git git = Git.open(sample.toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      Set<String> committed = changedPaths(git, head);
      assertTrue(committed.contains("shop/orders.py"), committed.toString());
      assertFalse(committed.contains("shop/notifications.py"), committed.toString());
      assertEquals(Set.of("shop/notifications.py"), git.status().call().getModified());
    }
  }

  @Test
  void anEditBetweenTwoAppliesKeepsTheFileOutOfTheCommit(FxRobot robot) throws Exception {
    Path sample = sample();
    open(sample);
    robot.interact(() -> model.review().accept(only("AW502"), true));
    robot.clickOn("#apply");
    waitFor(
        () ->
            !model.activity().busyProperty().get() && model.committer().canCommitProperty().get());
    Path orders = sample.resolve("shop/orders.py");
    Files.writeString(orders, Files.readString(orders) + "# my own line\n");
    robot.clickOn("#rescan");
    waitForScan();
    robot.interact(() -> model.review().accept(only("AW202"), true));
    robot.clickOn("#apply");
    waitFor(
        () -> !model.activity().busyProperty().get() && model.applier().canUndoProperty().get());
    CommitDraftCheck draft = new CommitDraftCheck();
    robot.interact(() -> draft.leftOut = model.committer().commitDraft().leftOut());
    assertTrue(
        draft.leftOut.contains(
            "shop/orders.py: was edited between two applies, and those edits are yours; commit it"
                + " yourself"),
        draft.leftOut.toString());
  }

  /** Holds what the FX thread read, for the test thread. */
  private static final class CommitDraftCheck {
    List<String> leftOut;
    String body;
  }

  @Test
  void anOverlappingFixIsAcceptedAgainAfterTheApplyAndNoOtherIs(FxRobot robot) throws Exception {
    Path folder = temporary("asyncwright-overlap-");
    Files.writeString(
        folder.resolve("m.py"),
        "import time\n\n\nasync def a():\n    time.sleep(1)\n\n\nasync def b():\n"
            + "    time.sleep(1)\n\n\nasync def c():\n    time.sleep(1)\n");
    open(folder);
    List<FindingItem> sleeps = model.review().findings(item -> item.code().equals("AW101"));
    assertEquals(3, sleeps.size());
    // both add `import asyncio` at the same place: the second waits for the re-check
    robot.interact(
        () -> {
          model.review().accept(sleeps.get(0), true);
          model.review().accept(sleeps.get(1), true);
        });
    robot.clickOn("#apply");
    waitFor(
        () -> !model.activity().busyProperty().get() && model.applier().canUndoProperty().get());
    List<FindingItem> accepted =
        model.review().findings(item -> item.code().equals("AW101") && item.isAccepted());
    assertEquals(1, accepted.size(), accepted.toString());
    assertTrue(
        accepted.get(0).line()
            < only2(model.review().findings(i -> i.code().equals("AW101"))).line());
  }

  private static FindingItem only2(List<FindingItem> two) {
    assertEquals(2, two.size(), two.toString());
    return two.get(1);
  }

  @Test
  void aFileEditedBehindTheWindowsBackIsNotOverwritten(FxRobot robot) throws Exception {
    Path sample = sample();
    open(sample);
    FindingItem alias = only("AW502");
    FindingItem subprocess = only("AW103");
    robot.interact(
        () -> {
          model.review().accept(alias, true);
          model.review().accept(subprocess, true);
        });
    Path orders = sample.resolve("shop/orders.py");
    String edited = Files.readString(orders) + "# the user's own line\n";
    // the edit lands between the scan and the apply, before the window follows the disk (it
    // would check the file again, and give up the acceptance there, once the disk is quiet)
    robot.interact(
        () -> {
          try {
            Files.writeString(orders, edited);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          robot.lookup("#apply").queryAs(javafx.scene.control.Button.class).fire();
        });
    waitFor(
        () ->
            !model.activity().busyProperty().get()
                && model.activity().errorProperty().get() != null);
    assertEquals(edited, Files.readString(orders));
    // what was written and what was not, in the repository's paths, and a way to look again
    String banner = model.activity().errorProperty().get();
    assertTrue(banner.contains("Applied 1 fix to 1 file: shop/inventory.py."), banner);
    assertTrue(
        banner.contains(
            "Not written: shop/orders.py: changed on disk since it was read; not written"),
        banner);
    assertFalse(banner.contains(sample.toString()), banner);
    assertTrue(robot.lookup("#banner").query().isVisible());
    assertTrue(
        model.applier().canUndoProperty().get()); // the file that was written can be put back
    robot.clickOn("#banner-rescan");
    waitForScan();
    assertEquals(null, model.activity().errorProperty().get());
    assertTrue(model.review().findings(item -> item.code().equals("AW502")).size() == 1);
  }

  @Test
  void theCancelButtonSitsBesideTheBarWhateverTheProgressTextSays(FxRobot robot) {
    javafx.scene.layout.HBox bar =
        robot.lookup("#status-bar").queryAs(javafx.scene.layout.HBox.class);
    javafx.scene.Node cancel = robot.lookup("#cancel-scan").query();
    Label text = robot.lookup("#progress-text").queryAs(Label.class);
    int at = bar.getChildren().indexOf(cancel);
    assertTrue(bar.getChildren().get(at - 1) instanceof javafx.scene.control.ProgressBar);
    assertEquals(at + 1, bar.getChildren().indexOf(text));
    assertEquals(StatusBar.PROGRESS_TEXT_WIDTH, text.getMinWidth());
    assertEquals(StatusBar.PROGRESS_TEXT_WIDTH, text.getMaxWidth());
  }

  @Test
  void cancelStopsAScan(FxRobot robot) throws Exception {
    Path tree = temporary("asyncwright-many-");
    String body =
        "import asyncio\nimport time\n\n\nasync def work():\n    time.sleep(1)\n"
            + "x = [1, 2, 3]\n".repeat(3000);
    for (int i = 0; i < 3000; i++) {
      Files.writeString(tree.resolve("m" + i + ".py"), body);
    }
    robot.interact(() -> model.scanner().open(tree));
    waitFor(
        () ->
            model.scanner().scanningProperty().get()
                && model.scanner().filesScannedProperty().get() > 0);
    robot.clickOn("#cancel-scan");
    waitFor(() -> !model.scanner().scanningProperty().get());
    assertTrue(
        model.activity().statusProperty().get().startsWith("Scan cancelled"),
        model.activity().statusProperty().get());
    assertNotEquals(3000, model.scanner().filesScannedProperty().get());
  }

  @Test
  void aFileThatDoesNotParseIsListedUnderProblems(FxRobot robot) throws Exception {
    Path sample = sample();
    Files.writeString(sample.resolve("shop/broken.py"), "async def f(:\n    pass\n");
    Files.createDirectories(sample.resolve("vendor/lib/.git"));
    Files.writeString(sample.resolve("vendor/lib/x.py"), "import time\n");
    open(sample);
    assertTrue(
        model.review().problems().stream()
            .anyMatch(p -> p.path().equals("vendor/lib") && p.message().contains("nested Git")),
        model.review().problems().toString());
    assertTrue(
        model.review().problems().stream()
            .anyMatch(p -> p.path().equals("shop/broken.py") && p.line() == 1),
        model.review().problems().toString());
    assertTrue(
        window.findingsView().tree().getRoot().getChildren().stream()
            .anyMatch(item -> item.getValue() instanceof TreeEntry.Problems));
    assertFalse(model.review().findings().isEmpty(), "the other files are checked all the same");
    // selected, it opens at its error's line, with the reason, as an IDE shows it
    TreeItem<Object> broken =
        window.findingsView().tree().getRoot().getChildren().stream()
            .filter(item -> item.getValue() instanceof TreeEntry.Problems)
            .flatMap(item -> item.getChildren().stream())
            .filter(
                item ->
                    item.getValue() instanceof ProblemItem p && p.path().equals("shop/broken.py"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> window.findingsView().tree().getSelectionModel().select(broken));
    waitFor(() -> window.diffView().readyProperty().get());
    assertTrue(window.diffView().isVisible());
    assertEquals("async def f(:\n    pass\n", window.diffView().leftArea().getText());
    Label title = robot.lookup("#diff-title").queryAs(Label.class);
    assertEquals("shop/broken.py  ·  not checked", title.getText());
    assertEquals(0, window.diffView().leftArea().getCurrentParagraph());
    // replaced behind the window's back by a FIFO, which a read would wait on forever
    Path file = sample.resolve("shop/broken.py");
    Files.delete(file);
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    select(robot, only("AW502"));
    robot.interact(() -> window.findingsView().tree().getSelectionModel().select(broken));
    waitFor(() -> window.diffView().readyProperty().get());
    assertEquals("(not shown: not a regular file)", window.diffView().leftArea().getText());
    // the diff view still works: its one worker thread is not stuck on the FIFO
    select(robot, only("AW502"));
    assertTrue(window.diffView().leftArea().getText().contains("asyncio.TimeoutError"));
  }

  @Test
  void aFolderOutsideGitIsScannedAndSaysWhyItCannotCommit(FxRobot robot) throws Exception {
    Path folder = temporary("asyncwright-plain-");
    Files.writeString(
        folder.resolve("pyproject.toml"), "[project]\nrequires-python = \">=3.11\"\n");
    Files.writeString(
        folder.resolve("a.py"),
        "import asyncio\n\n\nasync def f():\n    raise asyncio.TimeoutError\n");
    open(folder);
    only("AW502");
    assertTrue(
        model.activity().statusProperty().get().contains("No commits here"),
        model.activity().statusProperty().get());
    assertTrue(robot.lookup("#commit").query().isDisabled());
  }

  @Test
  void bothSidesScrollTogetherAndTheFindingIsInView(FxRobot robot) throws Exception {
    Path folder = temporary("asyncwright-long-");
    Files.writeString(
        folder.resolve("pyproject.toml"), "[project]\nrequires-python = \">=3.11\"\n");
    String filler = "x = 1\n".repeat(300);
    Files.writeString(
        folder.resolve("long.py"),
        "import asyncio\n"
            + filler
            + "\n\nasync def f():\n    try:\n        pass\n    except asyncio.TimeoutError:\n"
            + "        asyncio.current_task()\n" // asyncio stays in use: the fix deletes no line
            + filler);
    open(folder);
    FindingItem alias = only("AW502");
    select(robot, alias);
    WaitForAsyncUtils.waitForFxEvents();
    int leftTop = window.diffView().leftArea().firstVisibleParToAllParIndex();
    int line = alias.line() - 1;
    assertTrue(leftTop <= line && line < leftTop + 20, "line " + line + ", top " + leftTop);
    robot.interact(() -> window.diffView().leftArea().showParagraphAtTop(40));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(40, window.diffView().rightArea().firstVisibleParToAllParIndex());
  }

  /** Opens the sample, accepts its AW502 fix from the keyboard and applies it: the old bytes. */
  private byte[] acceptAndApplyTheAliasFix(FxRobot robot, Path sample) throws Exception {
    byte[] before = Files.readAllBytes(sample.resolve("shop/orders.py"));
    open(sample);
    FindingItem alias = only("AW502");
    select(robot, alias);
    robot.type(KeyCode.SPACE); // accept the selected fix from the keyboard
    assertTrue(alias.isAccepted());
    assertEquals(1, model.review().acceptedProperty().get());
    robot.clickOn("#apply");
    waitFor(
        () -> !model.activity().busyProperty().get() && model.applier().canUndoProperty().get());
    return before;
  }

  /** The window (a dialog's) of that title, shown now. */
  private static Stage windowTitled(String title) {
    return (Stage)
        javafx.stage.Window.getWindows().stream()
            .filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
            .findFirst()
            .orElseThrow();
  }

  private void open(Path folder) throws TimeoutException {
    WaitForAsyncUtils.asyncFx(() -> model.scanner().open(folder));
    waitForScan();
  }

  private void waitForScan() throws TimeoutException {
    waitForScan(model);
  }

  private static void waitForScan(ReviewViewModel scanning) throws TimeoutException {
    waitFor(
        () ->
            scanning.scanner().rootProperty().get() != null
                && !scanning.scanner().scanningProperty().get()
                && !scanning.activity().busyProperty().get()
                && scanning.scanner().secondsToScan() >= 0);
  }

  private FindingItem only(String code) {
    List<FindingItem> found = model.review().findings(item -> item.code().equals(code));
    assertEquals(1, found.size(), code + ": " + found);
    return found.get(0);
  }

  private void select(FxRobot robot, FindingItem item) throws TimeoutException {
    robot.interact(() -> model.review().selectedProperty().set(item));
    waitFor(() -> window.diffView().readyProperty().get());
    robot.interact(() -> window.findingsView().tree().requestFocus());
    assertEquals(item, model.review().selectedProperty().get());
  }

  private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Set<String> changedPaths(Git git, RevCommit commit) throws Exception {
    try (ObjectReader reader = git.getRepository().newObjectReader()) {
      CanonicalTreeParser now = new CanonicalTreeParser(null, reader, commit.getTree());
      CanonicalTreeParser parent =
          new CanonicalTreeParser(null, reader, commit.getParent(0).getTree());
      return git.diff().setOldTree(parent).setNewTree(now).call().stream()
          .map(DiffEntry::getNewPath)
          .collect(java.util.stream.Collectors.toSet());
    }
  }
}
