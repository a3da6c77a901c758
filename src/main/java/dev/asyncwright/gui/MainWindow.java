package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.gui.model.ProblemItem;
import dev.asyncwright.gui.model.ReviewViewModel;
import dev.asyncwright.gui.model.UserSettings;
import dev.asyncwright.rules.RuleRegistry;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/**
 * The main window: menus and a toolbar on top, the welcome view or the review (findings tree, diff,
 * rule panel, overview) in the middle, the status bar below. Views only: every action goes to the
 * {@link ReviewViewModel}.
 */
final class MainWindow extends BorderPane {

  private final Stage stage;
  private final ReviewViewModel model;
  private final UserSettings settings;
  private final FindingsView findings;
  private final DiffView diff;
  private final RulePanel rulePanel = new RulePanel();
  private final OverviewView overview;
  private final SplitPane review = new SplitPane();
  private final SplitPane diffAndRule = new SplitPane();
  private final StackPane right = new StackPane();
  private final StackPane center = new StackPane();
  private final Label bannerText = new Label();
  private final HBox banner;
  // what enables the menu's and the toolbar's actions alike
  private final BooleanBinding noRepo;
  private final BooleanBinding working;

  MainWindow(Stage stage, ReviewViewModel model, UserSettings settings) {
    this.stage = stage;
    this.model = model;
    this.settings = settings;
    this.findings = new FindingsView(model, this::acceptAll);
    this.diff = new DiffView(model);
    this.overview = new OverviewView(model, this::showRule);
    this.noRepo = model.scanner().rootProperty().isNull();
    this.working = model.scanner().scanningProperty().or(model.activity().busyProperty());
    setId("main-window");

    // above: a finding's diff, or the overview for a group or the whole repository;
    // below: the rule's documentation, for a finding and for a rule's group alike
    right.getChildren().addAll(overview, diff);
    diffAndRule.setOrientation(Orientation.VERTICAL);
    diffAndRule.getItems().addAll(right, rulePanel);
    diffAndRule.setDividerPositions(settings.number("split.diff", 0.68));
    review.getItems().addAll(findings, diffAndRule);
    findings.setMinWidth(MIN_TREE_WIDTH);
    diffAndRule.setMinWidth(MIN_DIFF_WIDTH);
    SplitPane.setResizableWithParent(findings, false);
    keepTreeWidth();

    bannerText.setWrapText(true);
    bannerText.setId("banner-text");
    Button dismiss = new Button("Dismiss");
    dismiss.setOnAction(event -> model.activity().errorProperty().set(null));
    Button rescanNow = new Button("Rescan");
    rescanNow.setId("banner-rescan");
    rescanNow.visibleProperty().bind(model.activity().rescanAdvisedProperty());
    rescanNow.managedProperty().bind(rescanNow.visibleProperty());
    rescanNow.setOnAction(
        event -> {
          model.activity().errorProperty().set(null);
          model.scanner().scan();
        });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox.setHgrow(bannerText, Priority.ALWAYS);
    banner = new HBox(8, bannerText, spacer, rescanNow, dismiss);
    banner.getStyleClass().add("banner");
    banner.setAlignment(Pos.CENTER_LEFT);
    banner.setId("banner");
    banner.visibleProperty().bind(model.activity().errorProperty().isNotNull());
    banner.managedProperty().bind(banner.visibleProperty());
    bannerText.textProperty().bind(model.activity().errorProperty());

    setTop(new VBox(menuBar(), toolBar(), banner));
    setCenter(center);
    setBottom(new StatusBar(model));
    showWelcome();

    findings.selectedEntryProperty().addListener((property, was, now) -> showSelection(now));
    model
        .scanner()
        .rootProperty()
        .addListener(
            (property, was, now) -> {
              if (now != null) {
                center.getChildren().setAll(review);
                javafx.application.Platform.runLater(() -> findings.tree().requestFocus());
                stage.setTitle("Asyncwright — " + now);
              }
            });
    model
        .scanner()
        .repositoryProperty()
        .addListener(
            (property, was, now) -> {
              if (now != null && model.scanner().rootProperty().get() != null) {
                // only a folder that opened goes to the recent list (not a typo, nor .git)
                settings.addRecentRepository(model.scanner().rootProperty().get());
                settings.flushInBackground();
                stage.setTitle(
                    "Asyncwright — "
                        + model.scanner().rootProperty().get()
                        + (now.branch() != null ? " (" + now.branch() + ")" : ""));
              }
            });
    showSelection(null);
  }

  FindingsView findingsView() {
    return findings;
  }

  DiffView diffView() {
    return diff;
  }

  /**
   * Remembers the split positions (the window's own place is the application's): the tree's width
   * in pixels, since a fraction of a window the window manager sized differently shrank the tree at
   * every launch; a layout the review never showed (no folder open) is not saved.
   */
  void rememberLayout() {
    if (review.getScene() == null || treeWidth < MIN_TREE_WIDTH) {
      return;
    }
    settings.setNumber("split.tree.width", treeWidth);
    double[] dividers = diffAndRule.getDividerPositions();
    if (dividers.length > 0 && dividers[0] > 0.2 && dividers[0] < 0.95) {
      settings.setNumber("split.diff", dividers[0]);
    }
  }

  /** The narrowest the findings tree gets: its rows stay readable ("AW101 blocking-sleep (3)"). */
  static final double MIN_TREE_WIDTH = 300;

  /** The narrowest the diff and rule side gets. */
  static final double MIN_DIFF_WIDTH = 400;

  /**
   * Keeps the tree at the width the user gave it (at first the saved one), within the two panes'
   * minimums, whatever size the window gets: the split pane itself keeps a fraction, so a window
   * manager's smaller window made a narrower tree, and JavaFX does not hold it to its minimum.
   */
  private void keepTreeWidth() {
    treeWidth = settings.number("split.tree.width", 360);
    review.widthProperty().addListener((property, was, now) -> placeDivider());
    review
        .getDividers()
        .get(0)
        .positionProperty()
        .addListener(
            (property, was, now) -> {
              double total = review.getWidth();
              if (!placing && total > 0) {
                treeWidth = now.doubleValue() * total; // the user moved the divider
                if (treeWidth < MIN_TREE_WIDTH || total - treeWidth < MIN_DIFF_WIDTH) {
                  javafx.application.Platform.runLater(this::placeDivider);
                }
              }
            });
  }

  private void placeDivider() {
    double total = review.getWidth();
    if (total <= 0) {
      return;
    }
    double tree = Math.max(MIN_TREE_WIDTH, Math.min(treeWidth, total - MIN_DIFF_WIDTH));
    placing = true;
    review.setDividerPositions(Math.max(0, Math.min(1, tree / total)));
    placing = false;
  }

  /** The tree's width the user chose, in pixels. */
  private double treeWidth;

  /** Whether the divider is being placed by {@link #placeDivider}, not dragged. */
  private boolean placing;

  private void showWelcome() {
    center
        .getChildren()
        .setAll(
            new WelcomeView(
                this::chooseRepository,
                this::openSample,
                settings.recentRepositories(),
                this::open));
  }

  void open(Path folder) {
    if (model.activity().busyProperty().get()) {
      return; // an apply, undo or commit is writing in the folder open now
    }
    model.scanner().open(folder); // the recent list takes it once it opened (see the constructor)
  }

  private void chooseRepository() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open a repository (or any folder of Python files)");
    Path current = model.scanner().rootProperty().get();
    if (current != null && current.getParent() != null) {
      chooser.setInitialDirectory(current.getParent().toFile());
    }
    File chosen = chooser.showDialog(stage);
    if (chosen != null) {
      open(chosen.toPath());
    }
  }

  private void openSample() {
    model.scanner().openSample();
  }

  /** View > Theme: as the desktop prefers, light or dark; remembered, applied at once. */
  private Menu themeMenu() {
    Menu menu = new Menu("_Theme");
    javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
    Theme chosen = Theme.named(settings.text("theme", "system"));
    for (Theme theme : Theme.values()) {
      javafx.scene.control.RadioMenuItem item =
          new javafx.scene.control.RadioMenuItem(theme.label());
      item.setId("theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
      item.setToggleGroup(group);
      item.setSelected(theme == chosen);
      item.setOnAction(
          event -> {
            settings.setText("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
            if (getScene() != null) {
              theme.applyTo(getScene().getStylesheets());
            }
          });
      menu.getItems().add(item);
    }
    return menu;
  }

  /**
   * Shows or hides the rule's documentation below the diff (it takes a third of the height, which a
   * reviewer who knows the rules wants for the diff).
   */
  private void showRulePanel(boolean shown) {
    boolean there = diffAndRule.getItems().contains(rulePanel);
    if (shown && !there) {
      diffAndRule.getItems().add(rulePanel);
      diffAndRule.setDividerPositions(settings.number("split.diff", 0.68));
    } else if (!shown && there) {
      settings.setNumber("split.diff", diffAndRule.getDividerPositions()[0]);
      diffAndRule.getItems().remove(rulePanel);
    }
  }

  /** The tree filtered to one rule's findings (a click on its bar in the overview). */
  private void showRule(String code) {
    findings.filterField().setText(code);
    findings.tree().requestFocus();
  }

  /** The right side follows the tree: a finding's diff and rule, a group's overview and rule. */
  private void showSelection(Object entry) {
    boolean finding = entry instanceof FindingItem;
    boolean problem = entry instanceof ProblemItem;
    // grouped by change, a group's first finding shows the rewrite they all share
    FindingItem representative =
        entry instanceof TreeEntry.Group group
                && findings.grouping() == FindingsView.Grouping.CHANGE
                && !group.items().isEmpty()
            ? group.items().get(0)
            : null;
    diff.showRepresentative(
        representative, representative == null ? 0 : ((TreeEntry.Group) entry).items().size());
    diff.setVisible(finding || problem || representative != null);
    overview.setVisible(!finding && !problem && representative == null);
    if (representative != null) {
      model.review().see(((TreeEntry.Group) entry).items()); // one look reviews the rewrite for all
      diff.forgetProblem();
      rulePanel.show(representative, representative.rule());
      return;
    }
    if (entry instanceof ProblemItem item) {
      diff.showProblem(item, model.scanner().rootProperty().get());
      rulePanel.show(null, java.util.Optional.empty());
      return;
    }
    diff.forgetProblem();
    if (entry instanceof FindingItem item) {
      rulePanel.show(item, item.rule());
    } else if (entry instanceof TreeEntry.Group group && !group.items().isEmpty()) {
      rulePanel.show(
          null, group.items().get(0).rule().filter(rule -> rule.code().equals(group.key())));
    } else {
      rulePanel.show(null, java.util.Optional.empty());
    }
  }

  private MenuBar menuBar() {
    CheckMenuItem wrapLines = new CheckMenuItem("_Wrap long lines");
    wrapLines.setAccelerator(KeyCombination.keyCombination("Alt+Z"));
    wrapLines.selectedProperty().bindBidirectional(diff.wrapProperty());
    CheckMenuItem ruleDocs = new CheckMenuItem("Show the _rule's documentation");
    ruleDocs.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
    ruleDocs.setSelected(settings.flag("rule.panel", true));
    showRulePanel(ruleDocs.isSelected());
    ruleDocs
        .selectedProperty()
        .addListener(
            (property, was, now) -> {
              settings.setFlag("rule.panel", now);
              showRulePanel(now);
            });
    MenuItem openRepository = item("_Open repository…", "Shortcut+O", this::chooseRepository);
    MenuItem openSampleItem =
        item("Open the _sample project", "Shortcut+Shift+O", this::openSample);
    // no other folder while an apply, undo or commit writes in this one
    openRepository.disableProperty().bind(model.activity().busyProperty());
    openSampleItem.disableProperty().bind(model.activity().busyProperty());
    Menu file =
        new Menu(
            "_File",
            null,
            openRepository,
            openSampleItem,
            new SeparatorMenuItem(),
            item("_Quit", "Shortcut+Q", stage::close));
    Menu view =
        new Menu(
            "_View",
            null,
            item("Filter findings", "Shortcut+F", () -> findings.filterField().requestFocus()),
            item(
                "Group by _rule",
                "Shortcut+1",
                () -> findings.setGrouping(FindingsView.Grouping.RULE)),
            item(
                "Group by _file",
                "Shortcut+2",
                () -> findings.setGrouping(FindingsView.Grouping.FILE)),
            item(
                "Group by _change",
                "Shortcut+3",
                () -> findings.setGrouping(FindingsView.Grouping.CHANGE)),
            new SeparatorMenuItem(),
            item("_Next change", "F7", diff::nextChange),
            item("_Previous change", "Shift+F7", diff::previousChange),
            item("Next _unreviewed finding", "F8", this::nextUnreviewed),
            new SeparatorMenuItem(),
            wrapLines,
            ruleDocs,
            themeMenu());
    MenuItem rescan = item("_Rescan", "F5", model.scanner()::scan);
    MenuItem cancel = item("_Cancel scan", "Shortcut+Period", model.scanner()::cancelScan);
    MenuItem toggle =
        item(
            "Accept or reject the selected _fix (Space in the tree)",
            "Shortcut+Enter",
            this::toggle);
    MenuItem acceptSafeRepo =
        item("Accept safe fixes in the _repository", "Shortcut+Shift+A", () -> acceptSafe(true));
    MenuItem acceptSafeHere =
        item("Accept safe fixes in the _selection", "Shortcut+Alt+A", () -> acceptSafe(false));
    MenuItem acceptAll =
        item("Accept _all fixes in the selection…", "Shortcut+Alt+Shift+A", this::acceptAll);
    MenuItem rejectAll =
        item("Re_ject all fixes in the selection", "Shortcut+Shift+R", this::rejectAll);
    MenuItem apply = item("A_pply accepted fixes", "Shortcut+Shift+P", model.applier()::apply);
    MenuItem undo = item("_Undo apply", "Shortcut+Z", model.applier()::undo);
    MenuItem settingsItem = item("_Settings…", "Shortcut+Comma", this::openSettings);
    Menu fixes =
        new Menu(
            "Fi_xes",
            null,
            rescan,
            cancel,
            new SeparatorMenuItem(),
            toggle,
            acceptSafeRepo,
            acceptSafeHere,
            acceptAll,
            rejectAll,
            new SeparatorMenuItem(),
            apply,
            undo,
            new SeparatorMenuItem(),
            settingsItem);
    MenuItem commit = item("_Commit…", "Shortcut+K", this::commit);
    Menu git = new Menu("_Git", null, commit);
    MenuItem shortcuts = item("_Keyboard shortcuts", "F1", null);
    Menu help = new Menu("_Help", null, shortcuts, item("_About Asyncwright", null, this::about));

    rescan.disableProperty().bind(noRepo.or(working));
    cancel.disableProperty().bind(model.scanner().scanningProperty().not());
    apply
        .disableProperty()
        .bind(noRepo.or(working).or(model.review().acceptedProperty().isEqualTo(0)));
    undo.disableProperty().bind(model.applier().canUndoProperty().not().or(working));
    commit.disableProperty().bind(model.committer().canCommitProperty().not().or(working));
    settingsItem.disableProperty().bind(noRepo.or(working));
    for (MenuItem item :
        new MenuItem[] {toggle, acceptSafeRepo, acceptSafeHere, acceptAll, rejectAll}) {
      item.disableProperty().bind(Bindings.isEmpty(model.review().findings()).or(working));
    }
    MenuBar bar = new MenuBar(file, view, fixes, git, help);
    bar.setId("menu-bar");
    shortcuts.setOnAction(event -> showShortcuts(bar));
    return bar;
  }

  private ToolBar toolBar() {
    Button rescan =
        button("Rescan", "rescan", "Scan the repository again (F5)", model.scanner()::scan);
    Button acceptSafe =
        button(
            "Accept safe",
            "accept-safe",
            "Accept every safe fix in the repository (Ctrl+Shift+A); unsafe fixes never",
            () -> acceptSafe(true));
    Button apply =
        button(
            "Apply",
            "apply",
            "Write the accepted fixes to the files (Ctrl+Shift+P)",
            model.applier()::apply);
    Button undo =
        button(
            "Undo apply",
            "undo",
            "Restore the files of the last apply (Ctrl+Z)",
            model.applier()::undo);
    Button commit =
        button("Commit…", "commit", "Commit the files Asyncwright changed (Ctrl+K)", this::commit);
    Button settingsButton =
        button("Settings…", "settings", "Target Python, rules, unsafe fixes", this::openSettings);
    rescan.disableProperty().bind(noRepo.or(working));
    acceptSafe.disableProperty().bind(Bindings.isEmpty(model.review().findings()).or(working));
    apply
        .disableProperty()
        .bind(noRepo.or(working).or(model.review().acceptedProperty().isEqualTo(0)));
    undo.disableProperty().bind(model.applier().canUndoProperty().not().or(working));
    commit.disableProperty().bind(model.committer().canCommitProperty().not().or(working));
    settingsButton.disableProperty().bind(noRepo.or(working));
    // a disabled Commit… says why: not a repository, a merge in progress, nothing applied…
    Tooltip why = new Tooltip();
    why.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.committer().whyNoCommit() == null
                        ? "Commit the files Asyncwright changed (Ctrl+K)"
                        : "Cannot commit: " + model.committer().whyNoCommit(),
                model.committer().canCommitProperty(),
                model.scanner().repositoryProperty(),
                model.applier().canUndoProperty()));
    commit.setTooltip(why);
    Label accepted = new Label();
    accepted
        .textProperty()
        .bind(Bindings.format("%,d accepted", model.review().acceptedProperty()));
    // the review's progress: findings selected at least once, accepted or rejected (F8: the next)
    Label reviewed = new Label();
    reviewed.setId("reviewed");
    reviewed
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.review().findings().isEmpty()
                        ? ""
                        : String.format(
                            "%,d of %,d reviewed  ·",
                            model.review().reviewedCount(), model.review().findings().size()),
                model.review().findings(),
                model.review().revisionProperty(),
                model.review().acceptedProperty()));
    reviewed.setTooltip(
        new Tooltip(
            "Findings you have looked at, accepted or rejected, kept for this folder across"
                + " restarts; F8 goes to the next"));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToolBar bar =
        new ToolBar(
            rescan, acceptSafe, apply, undo, commit, spacer, reviewed, accepted, settingsButton);
    bar.setId("tool-bar");
    return bar;
  }

  private static Button button(String text, String id, String tip, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    button.setOnAction(event -> action.run());
    return button;
  }

  private static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    if (action != null) {
      item.setOnAction(event -> action.run());
    }
    return item;
  }

  /**
   * F1: every shortcut, read from the menus themselves (so the list never lags behind them), and
   * the keys that belong to the tree and the filter.
   */
  private void showShortcuts(MenuBar bar) {
    javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
    grid.setHgap(24);
    grid.setVgap(4);
    grid.setId("shortcuts");
    int row = 0;
    for (Menu menu : bar.getMenus()) {
      for (MenuItem item : menu.getItems()) {
        if (item.getAccelerator() != null) {
          grid.addRow(
              row++,
              new Label(item.getAccelerator().getDisplayText()),
              new Label(item.getText().replace("_", "")));
        }
      }
    }
    String[][] more = {
      {"Space", "Accept or reject the selected fix (in the tree)"},
      {"Escape", "Clear the filter; again: back to the tree; during a scan: cancel it"},
      {"Down", "From the filter to the tree"},
    };
    for (String[] key : more) {
      grid.addRow(row++, new Label(key[0]), new Label(key[1]));
    }
    Alert list = new Alert(Alert.AlertType.INFORMATION);
    list.setTitle("Keyboard shortcuts");
    list.setHeaderText("Keyboard shortcuts");
    list.getDialogPane().setContent(grid);
    own(list);
    list.showAndWait();
  }

  /** F8: the next finding in the tree not looked at yet. */
  private void nextUnreviewed() {
    model
        .review()
        .nextUnreviewed(findings.inTreeOrder(), model.review().selectedProperty().get())
        .ifPresentOrElse(
            next -> {
              model.review().selectedProperty().set(next);
              findings.tree().requestFocus();
            },
            () -> model.activity().statusProperty().set("Every finding shown is reviewed"));
  }

  /** A dialog of this window: over it, and in its theme. */
  private void own(javafx.scene.control.Dialog<?> dialog) {
    dialog.initOwner(stage);
    Theme.style(dialog);
  }

  private void toggle() {
    FindingItem item = model.review().selectedProperty().get();
    if (item != null) {
      model.review().accept(item, !item.isAccepted());
    }
  }

  private void acceptSafe(boolean everywhere) {
    model.review().acceptSafe(everywhere ? findings.shown() : findings.selectedScope());
  }

  private void acceptAll() {
    java.util.List<FindingItem> scope = findings.selectedScope();
    long safe = scope.stream().filter(item -> item.kind() == FixKind.SAFE).count();
    long unsafe = scope.stream().filter(item -> item.kind() == FixKind.UNSAFE).count();
    if (unsafe == 0 || !model.review().unsafeFixesShownProperty().get()) {
      model.review().acceptAll(scope);
      return;
    }
    // Enter takes the safe ones only: the unsafe ones want a deliberate click
    ButtonType safeOnly = new ButtonType("Accept " + safe + " safe only", ButtonBar.ButtonData.YES);
    ButtonType all =
        new ButtonType(
            "Accept all " + (safe + unsafe) + " (" + unsafe + " unsafe)",
            ButtonBar.ButtonData.OTHER);
    Alert question =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            unsafe
                + (unsafe == 1 ? " of the fixes changes" : " of the fixes change")
                + " behaviour (read each rule's \"Fix safety\"); "
                + safe
                + (safe == 1 ? " is safe." : " are safe."),
            safeOnly,
            all,
            ButtonType.CANCEL);
    question.setTitle("Accept fixes");
    question.setHeaderText("Accept the unsafe fixes too?");
    own(question);
    if (safe == 0) {
      question.getDialogPane().lookupButton(safeOnly).setDisable(true);
    }
    ButtonType answer = question.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == all) {
      model.review().acceptAll(scope);
    } else if (answer == safeOnly) {
      model.review().acceptSafe(scope);
    }
  }

  private void rejectAll() {
    model.review().rejectAll(findings.selectedScope());
  }

  private void openSettings() {
    SettingsDialog dialog =
        new SettingsDialog(
            model.scanner().targetOverride(),
            model.scanner().targetProperty().get(),
            model.scanner().activeRules(),
            model.review().unsafeFixesShownProperty().get());
    own(dialog);
    dialog
        .showAndWait()
        .ifPresent(
            result -> {
              model.review().unsafeFixesShownProperty().set(result.unsafeFixesShown());
              settings.setFlag("unsafe", result.unsafeFixesShown());
              boolean rules = !result.rules().equals(model.scanner().activeRules());
              if (rules
                  || !java.util.Objects.equals(result.target(), model.scanner().targetOverride())) {
                model
                    .scanner()
                    .setRulesAndTarget(
                        rules ? result.rules() : model.scanner().selectedRules(), result.target());
              }
            });
  }

  private void commit() {
    String why = model.committer().whyNoCommit();
    if (why != null) {
      model.activity().errorProperty().set("Cannot commit: " + why);
      return;
    }
    CommitDialog dialog = new CommitDialog(model.committer().commitDraft());
    own(dialog);
    Optional<CommitDialog.Result> result = dialog.showAndWait();
    result.ifPresent(r -> model.committer().commit(r.subject(), r.body(), r.branch(), r.split()));
  }

  private void about() {
    Alert about =
        new Alert(
            Alert.AlertType.INFORMATION,
            "Asyncwright finds asyncio anti-patterns in Python code and proposes rewrites that you"
                + " review, accept, apply and commit.\n\n"
                + RuleRegistry.all().size()
                + " rules. Java "
                + System.getProperty("java.version")
                + ", JavaFX "
                + System.getProperty("javafx.version"));
    about.setTitle("About Asyncwright");
    about.setHeaderText("Asyncwright " + dev.asyncwright.report.ToolVersion.of());
    own(about);
    about.showAndWait();
  }

  /**
   * For keyboard users: Escape in the filter clears it, a second Escape (or Down) returns to the
   * tree; Ctrl+Z undoes the last apply wherever the focus is, unless a text field it is in has
   * typing of its own to undo; after an apply or undo, the focus goes back to the tree when the
   * work disabled what held it (focus would land in the filter, where Ctrl+Z undid its text).
   */
  void installKeys() {
    findings
        .filterField()
        .addEventFilter(
            KeyEvent.KEY_PRESSED,
            event -> {
              if (event.getCode() == KeyCode.ESCAPE
                  && !findings.filterField().getText().isEmpty()) {
                findings.filterField().clear();
                event.consume();
              } else if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.DOWN) {
                findings.tree().requestFocus();
                event.consume();
              }
            });
    Scene scene = stage.getScene();
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.ESCAPE), model.scanner()::cancelScan);
    KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (undoKey.match(event)
              && model.applier().canUndoProperty().get()
              && !working.get()
              && !(scene.getFocusOwner() instanceof TextInputControl text && text.isUndoable())) {
            model.applier().undo();
            event.consume();
          }
        });
    model
        .activity()
        .busyProperty()
        .addListener(
            (property, was, now) -> {
              if (now) {
                focusBeforeWork = scene.getFocusOwner();
              } else {
                // once the buttons the work disabled and enabled have settled
                javafx.application.Platform.runLater(
                    () -> {
                      if (scene.getFocusOwner() != focusBeforeWork
                          || focusBeforeWork == null
                          || focusBeforeWork.isDisabled()) {
                        findings.tree().requestFocus();
                      }
                    });
              }
            });
  }

  /** What had the focus when an apply, undo or commit began. */
  private javafx.scene.Node focusBeforeWork;
}
