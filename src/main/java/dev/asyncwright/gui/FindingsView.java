package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.gui.model.ProblemItem;
import dev.asyncwright.gui.model.ReviewViewModel;
import dev.asyncwright.gui.model.RewriteShape;
import dev.asyncwright.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The findings tree (left): grouped by rule or by file, filtered by code, path or text, a checkbox
 * per fix, an applicability badge per finding, and a "Problems" group for files that did not parse.
 */
final class FindingsView extends VBox {

  /** How the tree groups findings. */
  enum Grouping {
    RULE,
    FILE,
    /** by what the fix does: one group per rewrite shape ({@link RewriteShape}) */
    CHANGE
  }

  private static final int SHORT_LIST = 40;

  private final ReviewViewModel model;
  private final TextField filter = new TextField();
  private final ToggleGroup grouping = new ToggleGroup();
  private final RadioButton byRule = new RadioButton("Rule");
  private final RadioButton byFile = new RadioButton("File");
  private final RadioButton byChange = new RadioButton("Change");
  private final TreeView<Object> tree = new TreeView<>();
  private final ObjectProperty<Object> selectedEntry = new SimpleObjectProperty<>(this, "entry");
  private boolean rebuildScheduled;
  private boolean fullRebuild;
  private final List<FindingItem> added = new ArrayList<>();
  private final Map<String, TreeItem<Object>> groupItems = new LinkedHashMap<>();
  private boolean selecting;

  /**
   * @param acceptAll what "Accept all fixes here" does: the window's own action, which asks before
   *     accepting unsafe fixes
   */
  FindingsView(ReviewViewModel model, Runnable acceptAll) {
    this.model = model;
    getStyleClass().add("findings-panel");
    filter.setPromptText("Filter: code, rule, path or text  (Ctrl+F)");
    filter.setId("filter");
    byRule.setToggleGroup(grouping);
    byFile.setToggleGroup(grouping);
    byChange.setToggleGroup(grouping);
    byRule.setSelected(true);
    byRule.setId("group-by-rule");
    byFile.setId("group-by-file");
    byChange.setId("group-by-change");
    byChange.setTooltip(
        new Tooltip("One group per rewrite: judge it once, on the first, and accept them all"));
    Label groupLabel = new Label("Group by:");
    HBox groupRow = new HBox(10, groupLabel, byRule, byFile, byChange);
    groupRow.setAlignment(Pos.CENTER_LEFT);
    tree.setId("findings-tree");
    tree.setShowRoot(true);
    tree.setCellFactory(view -> new EntryCell());
    VBox.setVgrow(tree, Priority.ALWAYS);
    getChildren().addAll(filter, groupRow, tree);

    model
        .review()
        .findings()
        .addListener(
            (ListChangeListener<FindingItem>)
                change -> {
                  while (change.next()) {
                    if (change.wasRemoved() || change.wasPermutated() || change.wasUpdated()) {
                      fullRebuild = true;
                    } else if (change.wasAdded()) {
                      added.addAll(change.getAddedSubList());
                    }
                  }
                  scheduleRebuild(false);
                });
    model
        .review()
        .problems()
        .addListener((ListChangeListener<ProblemItem>) change -> scheduleRebuild(true));
    filter.textProperty().addListener((property, was, now) -> scheduleRebuild(true));
    // the top row names the folder: another folder with the same (say, no) findings renames it
    model.scanner().rootProperty().addListener((property, was, now) -> scheduleRebuild(true));
    grouping.selectedToggleProperty().addListener((property, was, now) -> scheduleRebuild(true));
    model.review().unsafeFixesShownProperty().addListener((property, was, now) -> tree.refresh());
    model.activity().busyProperty().addListener((property, was, now) -> tree.refresh());
    model.scanner().scanningProperty().addListener((property, was, now) -> tree.refresh());
    model.review().decisionsProperty().addListener((property, was, now) -> tree.refresh());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (property, was, now) -> {
              if (selecting) {
                return;
              }
              Object value = now == null ? null : now.getValue();
              selectedEntry.set(value);
              model
                  .review()
                  .selectedProperty()
                  .set(value instanceof FindingItem item ? item : null);
            });
    model
        .review()
        .selectedProperty()
        .addListener(
            (property, was, now) -> {
              if (now != null && !now.equals(currentFinding())) {
                select(now);
              }
            });
    // a filter, not a handler: the tree's own key handling would take the space bar first
    tree.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.SPACE && currentFinding() != null && !working()) {
            FindingItem item = currentFinding();
            model.review().accept(item, !item.isAccepted());
            event.consume();
          }
        });
    tree.setContextMenu(contextMenu(acceptAll));
    rebuild();
  }

  TextField filterField() {
    return filter;
  }

  TreeView<Object> tree() {
    return tree;
  }

  /** The row selected: a finding, a group, a problem, or the repository row. */
  ObjectProperty<Object> selectedEntryProperty() {
    return selectedEntry;
  }

  void setGrouping(Grouping how) {
    (switch (how) {
          case RULE -> byRule;
          case FILE -> byFile;
          case CHANGE -> byChange;
        })
        .setSelected(true);
  }

  /** How the tree groups now. */
  Grouping grouping() {
    return byRule.isSelected()
        ? Grouping.RULE
        : byFile.isSelected() ? Grouping.FILE : Grouping.CHANGE;
  }

  /** The group a finding goes in, as the tree groups now. */
  private String groupKey(FindingItem item) {
    return switch (grouping()) {
      case RULE -> item.code();
      case FILE -> item.path();
      case CHANGE -> item.code() + " " + RewriteShape.of(item);
    };
  }

  /** The findings the selected row stands for: one, a group's, or every one shown. */
  List<FindingItem> selectedScope() {
    Object entry = selectedEntry.get();
    if (entry instanceof FindingItem item) {
      return List.of(item);
    }
    if (entry instanceof TreeEntry.Group group) {
      return group.items();
    }
    return shown();
  }

  /** The findings the tree shows, in its order (groups as sorted, findings within them). */
  List<FindingItem> inTreeOrder() {
    List<FindingItem> order = new ArrayList<>();
    TreeItem<Object> root = tree.getRoot();
    if (root != null) {
      for (TreeItem<Object> group : root.getChildren()) {
        for (TreeItem<Object> row : group.getChildren()) {
          if (row.getValue() instanceof FindingItem item) {
            order.add(item);
          }
        }
      }
    }
    return order;
  }

  /** The findings that pass the filter. */
  List<FindingItem> shown() {
    String text = filter.getText();
    return model.review().findings(item -> item.matches(text));
  }

  private FindingItem currentFinding() {
    TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
    return item != null && item.getValue() instanceof FindingItem finding ? finding : null;
  }

  /** Selects the first finding shown that matches the text (any, when null), if there is one. */
  void selectFirstFinding(String matching) {
    ordered().stream().filter(item -> item.matches(matching)).findFirst().ifPresent(this::select);
    tree.requestFocus();
  }

  private void select(FindingItem finding) {
    for (TreeItem<Object> group : tree.getRoot().getChildren()) {
      for (TreeItem<Object> leaf : group.getChildren()) {
        if (leaf.getValue() == finding) {
          group.setExpanded(true);
          tree.getSelectionModel().select(leaf);
          int row = tree.getRow(leaf);
          if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
          }
          return;
        }
      }
    }
  }

  private List<FindingItem> ordered() {
    List<FindingItem> all = new ArrayList<>();
    for (TreeItem<Object> group : tree.getRoot().getChildren()) {
      for (TreeItem<Object> leaf : group.getChildren()) {
        if (leaf.getValue() instanceof FindingItem item) {
          all.add(item);
        }
      }
    }
    return all;
  }

  /**
   * Brings the tree up to date on the next pulse: findings that only arrived (a scan streaming in)
   * are appended to their groups; anything else builds the tree again.
   */
  private void scheduleRebuild(boolean full) {
    fullRebuild |= full;
    if (!rebuildScheduled) {
      rebuildScheduled = true;
      Platform.runLater(
          () -> {
            rebuildScheduled = false;
            if (fullRebuild || tree.getRoot() == null) {
              rebuild();
            } else {
              append();
            }
          });
    }
  }

  private void append() {
    String text = filter.getText();
    TreeItem<Object> root = tree.getRoot();
    Map<TreeItem<Object>, List<FindingItem>> grown = new LinkedHashMap<>();
    int count = 0;
    for (FindingItem item : added) {
      if (!item.matches(text)) {
        continue;
      }
      count++;
      String key = groupKey(item);
      TreeItem<Object> group = groupItems.get(key);
      if (group == null) {
        group = new TreeItem<>(new TreeEntry.Group(key, groupTitle(key, item), List.of()));
        group.setExpanded(model.review().findings().size() <= SHORT_LIST);
        groupItems.put(key, group);
        root.getChildren().add(groupIndex(root, key), group);
      }
      group.getChildren().add(new TreeItem<>(item));
      grown.computeIfAbsent(group, g -> new ArrayList<>()).add(item);
    }
    added.clear();
    grown.forEach(
        (group, items) -> {
          TreeEntry.Group was = (TreeEntry.Group) group.getValue();
          List<FindingItem> all = new ArrayList<>(was.items());
          all.addAll(items);
          group.setValue(new TreeEntry.Group(was.key(), was.title(), all));
        });
    if (count > 0) {
      TreeEntry.AllFindings all = (TreeEntry.AllFindings) root.getValue();
      root.setValue(new TreeEntry.AllFindings(rootTitle(), all.count() + count));
    }
  }

  /** Where a new group goes among the groups, which stay sorted by key (Problems stays last). */
  private static int groupIndex(TreeItem<Object> root, String key) {
    int at = 0;
    for (TreeItem<Object> child : root.getChildren()) {
      if (!(child.getValue() instanceof TreeEntry.Group group) || group.key().compareTo(key) > 0) {
        break;
      }
      at++;
    }
    return at;
  }

  private String groupTitle(String key, FindingItem first) {
    return switch (grouping()) {
      case RULE -> key + " " + first.rule().map(Rule::name).orElse("");
      case FILE -> key;
      case CHANGE -> CodeSpans.plain(key);
    };
  }

  /** Builds the tree again, keeping which groups are open and which row is selected. */
  private void rebuild() {
    fullRebuild = false;
    added.clear();
    groupItems.clear();
    Set<String> expanded = new HashSet<>();
    TreeItem<Object> oldRoot = tree.getRoot();
    if (oldRoot != null) {
      for (TreeItem<Object> group : oldRoot.getChildren()) {
        if (group.isExpanded() && group.getValue() instanceof TreeEntry.Group g) {
          expanded.add(g.key());
        } else if (group.isExpanded() && group.getValue() instanceof TreeEntry.Problems) {
          expanded.add("problems");
        }
      }
    }
    // the model's finding first: after an apply it names the re-checked one, which the tree's
    // old row does not
    Object wasSelected =
        model.review().selectedProperty().get() != null
            ? model.review().selectedProperty().get()
            : selectedEntry.get();
    List<FindingItem> shown = shown();
    Map<String, List<FindingItem>> groups = new TreeMap<>();
    for (FindingItem item : shown) {
      groups.computeIfAbsent(groupKey(item), key -> new ArrayList<>()).add(item);
    }
    TreeItem<Object> root = new TreeItem<>(new TreeEntry.AllFindings(rootTitle(), shown.size()));
    root.setExpanded(true);
    Map<Object, TreeItem<Object>> items = new LinkedHashMap<>();
    for (Map.Entry<String, List<FindingItem>> entry : groups.entrySet()) {
      List<FindingItem> members = entry.getValue();
      TreeEntry.Group value =
          new TreeEntry.Group(entry.getKey(), groupTitle(entry.getKey(), members.get(0)), members);
      TreeItem<Object> group = new TreeItem<>(value);
      groupItems.put(entry.getKey(), group);
      // a short list opens whole; a long one keeps the groups the user opened
      group.setExpanded(expanded.contains(entry.getKey()) || shown.size() <= SHORT_LIST);
      for (FindingItem member : members) {
        TreeItem<Object> leaf = new TreeItem<>(member);
        items.put(member, leaf);
        group.getChildren().add(leaf);
      }
      items.put(value.key(), group);
      root.getChildren().add(group);
    }
    if (!model.review().problems().isEmpty()) {
      TreeItem<Object> problems =
          new TreeItem<>(new TreeEntry.Problems(model.review().problems().size()));
      problems.setExpanded(expanded.contains("problems"));
      for (ProblemItem problem : model.review().problems()) {
        TreeItem<Object> leaf = new TreeItem<>(problem);
        items.put(problem, leaf);
        problems.getChildren().add(leaf);
      }
      root.getChildren().add(problems);
    }
    selecting = true;
    try {
      tree.setRoot(root);
      TreeItem<Object> again = null;
      if (wasSelected instanceof FindingItem || wasSelected instanceof ProblemItem) {
        again = items.get(wasSelected);
      } else if (wasSelected instanceof TreeEntry.Group group) {
        again = items.get(group.key());
      } else if (wasSelected instanceof TreeEntry.AllFindings) {
        again = root;
      }
      if (again != null) {
        if (again.getParent() != null) {
          again.getParent().setExpanded(true);
        }
        tree.getSelectionModel().select(again);
      }
    } finally {
      selecting = false;
    }
    TreeItem<Object> now = tree.getSelectionModel().getSelectedItem();
    Object value = now == null ? null : now.getValue();
    // the row selected now is what the rest of the window shows: a finding the rebuild
    // replaced (after an apply) or filtered away must not linger
    selectedEntry.set(value);
    FindingItem finding = value instanceof FindingItem item ? item : null;
    if (model.review().selectedProperty().get() != finding) {
      model.review().selectedProperty().set(finding);
    }
  }

  private String rootTitle() {
    return model.scanner().rootProperty().get() == null
        ? "Findings"
        : String.valueOf(model.scanner().rootProperty().get().getFileName());
  }

  private ContextMenu contextMenu(Runnable acceptAllAction) {
    MenuItem acceptSafe = new MenuItem("Accept safe fixes here");
    acceptSafe.setOnAction(event -> model.review().acceptSafe(selectedScope()));
    MenuItem acceptAll = new MenuItem("Accept all fixes here…");
    acceptAll.setOnAction(event -> acceptAllAction.run());
    MenuItem reject = new MenuItem("Reject all fixes here");
    reject.setOnAction(event -> model.review().rejectAll(selectedScope()));
    // accepts made while an apply runs would be lost with the findings it replaces
    for (MenuItem item : List.of(acceptSafe, acceptAll, reject)) {
      item.disableProperty()
          .bind(model.activity().busyProperty().or(model.scanner().scanningProperty()));
    }
    return new ContextMenu(acceptSafe, acceptAll, reject);
  }

  private boolean working() {
    return model.activity().busyProperty().get() || model.scanner().scanningProperty().get();
  }

  /** A row: checkbox and badge for a finding, a title and count for a group. */
  private final class EntryCell extends TreeCell<Object> {

    private final CheckBox check = new CheckBox();
    private FindingItem bound;
    private final ChangeListener<Boolean> fromModel =
        (property, was, now) -> check.setSelected(now);

    EntryCell() {
      // the row fits the tree's width (long messages end in an ellipsis, the tooltip has them
      // whole) rather than widening the tree into a horizontal scroll
      setPrefWidth(0);
      check.setOnAction(
          event -> {
            if (bound != null) {
              model.review().accept(bound, check.isSelected());
              check.setSelected(bound.isAccepted());
            }
          });
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
      super.updateItem(value, empty);
      if (bound != null) {
        bound.acceptedProperty().removeListener(fromModel);
        bound = null;
      }
      setText(null);
      setTooltip(null);
      if (empty || value == null) {
        setGraphic(null);
        return;
      }
      if (value instanceof FindingItem item) {
        setGraphic(findingRow(item));
      } else if (value instanceof ProblemItem problem) {
        Label text = new Label(problem.toString());
        setGraphic(row(Badges.problem(), text));
        setTooltip(new Tooltip(problem.toString()));
      } else if (value instanceof TreeEntry.Group group) {
        Label title = new Label(group.title());
        title.getStyleClass().add("group-title");
        // a long title gives way, the count never does: it is what a group is judged by
        title.setMinWidth(0);
        setTooltip(new Tooltip(group.title() + " (" + group.items().size() + ")"));
        setGraphic(row(title, count(group.items().size())));
      } else if (value instanceof TreeEntry.Problems problems) {
        Label title = new Label("Problems");
        title.getStyleClass().add("group-title");
        setGraphic(row(Badges.problem(), title, count(problems.count())));
      } else if (value instanceof TreeEntry.AllFindings all) {
        Label title = new Label(all.title());
        title.getStyleClass().add("group-title");
        setGraphic(row(title, count(all.count())));
      }
    }

    private HBox findingRow(FindingItem item) {
      bound = item;
      check.setSelected(item.isAccepted());
      boolean blocked =
          item.kind() == FixKind.UNSAFE && !model.review().unsafeFixesShownProperty().get();
      check.setDisable(!item.fixable() || blocked || working());
      check.setTooltip(
          new Tooltip(
              !item.fixable()
                  ? (item.withheld() != null
                      ? CodeSpans.plain("No fix: " + item.withheld())
                      : "Advice only: no automatic fix")
                  : blocked
                      ? "Unsafe fixes are hidden: turn them on in Settings"
                      : "Accept this fix"));
      item.acceptedProperty().addListener(fromModel);
      boolean byRuleNow = grouping() != Grouping.FILE; // the rule is in the group's title
      Label location =
          new Label(
              byRuleNow
                  ? item.path() + ":" + item.line()
                  : item.line() + ":" + item.column() + "  " + item.code());
      location.getStyleClass().add("location");
      Label message = new Label(CodeSpans.plain(item.message()));
      message.setMinWidth(0);
      if (model.review().isRejected(item)) {
        // rejected: struck through, so that what is decided against stands apart in the list
        message.getStyleClass().add("finding-rejected");
      }
      location.setMinWidth(Region.USE_PREF_SIZE);
      setTooltip(new Tooltip(CodeSpans.plain(item.toString())));
      return row(check, Badges.of(item), location, message);
    }

    private Label count(int n) {
      Label count = new Label("(" + n + ")");
      count.getStyleClass().add("count");
      count.setMinWidth(Region.USE_PREF_SIZE);
      return count;
    }

    private HBox row(javafx.scene.Node... nodes) {
      HBox box = new HBox(6, nodes);
      box.setAlignment(Pos.CENTER_LEFT);
      return box;
    }
  }
}
