package io.github.kpi4j.document.internal;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.document.Agencies;
import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.Location;
import io.github.kpi4j.document.PlanImport;
import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiId;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Layout} into a plan: the title and preamble, 壹 the goals and strategies, 貳 the KPI
 * table, 參 the programme table. Everything it is unsure of becomes a finding; a value it cannot
 * read is left out, and a KPI or programme that lacks a required value is left out with an error.
 */
final class PlanReader {
  private static final DocumentPath GOALS = DocumentPath.root().property("goals");

  /** {@code 外交部 107 年度施政計畫}: the agency's name and the year. */
  private static final Pattern TITLE =
      Pattern.compile("^(.{1,60}?)\\s*([0-9０-９]{1,4}|[〇零一二三四五六七八九十百]+)\\s*年度施政計畫\\s*$");

  /** The year in a sentence of the preamble: {@code 編定107年度施政計畫}. */
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("([0-9０-９]{2,4})\\s*年度施政計畫");

  private static final Pattern BULLET = Pattern.compile("^[-•・●▪]\\s*");

  private static final Pattern COMBINED_GOAL =
      Pattern.compile("^([〇零一二三四五六七八九十百]+)[、，,.．\\s]*(.*)$", Pattern.DOTALL);

  private static final Pattern COMBINED_KPI =
      Pattern.compile("^([0-9０-９]+)[、，,.．\\s]*([^0-9０-９].*)$", Pattern.DOTALL);

  /** The KPI number cell: {@code 1}, its weight {@code （6%）}, its core mark {@code 核心KPI}. */
  private static final Pattern KPI_NUMBER =
      Pattern.compile(
          "^([0-9]{1,9})(?:[（(](?:權重[:：]?)?([0-9]{1,3}(?:\\.[0-9]{1,20})?)%[）)])?(?:[（(]?(核心(?:KPI)?)[）)]?)?$");

  private static final List<String> KPI_HEADERS =
      List.of("施政目標", "關鍵績效指標", "評估體制", "評估方式", "衡量標準", "年度目標值", "與中長程個案計畫關聯");

  private static final List<String> PROGRAMME_HEADERS =
      List.of("工作計畫名稱", "重要計畫項目", "計畫類別", "實施內容", "與KPI關聯", PlanLayout.BUDGET);

  private enum Section {
    BEFORE,
    GOALS,
    KPIS,
    PROGRAMMES
  }

  private enum TableKind {
    KPIS,
    PROGRAMMES
  }

  /** A goal as section 壹 and the KPI table print it. */
  private static final class GoalDraft {
    final int number;
    final Location where;
    final List<String> titleLines = new ArrayList<>();
    final List<List<String>> strategies = new ArrayList<>();
    final List<KpiRow> rows = new ArrayList<>();
    final List<Kpi> kpis = new ArrayList<>();
    String tableTitle;
    Location tableTitleWhere;
    boolean fromTable;

    GoalDraft(int number, Location where) {
      this.number = number;
      this.where = where;
    }
  }

  /** A KPI row of the table, with the rows that continue it. */
  private static final class KpiRow {
    final Location where;
    Layout.Cell number;
    final List<String> name = new ArrayList<>();
    Location nameWhere;
    Layout.Cell system;
    Layout.Cell method;
    final List<String> standard = new ArrayList<>();
    Location standardWhere;
    final List<String> target = new ArrayList<>();
    Location targetWhere;
    final List<String> midTerm = new ArrayList<>();
    Location midTermWhere;

    KpiRow(Location where) {
      this.where = where;
    }
  }

  /** A programme row of the table, with the rows that continue it. */
  private static final class ProgrammeRow {
    final Location where;
    final List<String> work = new ArrayList<>();
    final List<String> item = new ArrayList<>();
    Layout.Cell category;
    final List<String> content = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    Location linksWhere;
    final List<String> budget = new ArrayList<>();

    ProgrammeRow(Location where) {
      this.where = where;
    }
  }

  private final String source;
  private final DocumentKind kind;
  private final Optional<String> agencyCode;
  private final Report report;

  private String title;
  private Location titleWhere;
  private final List<String> preamble = new ArrayList<>();
  private Location firstPreamble;
  private final List<GoalDraft> goals = new ArrayList<>();
  private final List<ProgrammeRow> programmeRows = new ArrayList<>();
  private boolean sawKpiTable;
  private boolean sawProgrammeTable;
  private int rocYear;

  PlanReader(String source, DocumentKind kind, Optional<String> agencyCode, Locale locale) {
    this.source = source;
    this.kind = kind;
    this.agencyCode = agencyCode;
    this.report = new Report(locale);
  }

  PlanImport read(Layout layout) {
    Section section = Section.BEFORE;
    TableKind lastTable = null;
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Paragraph) {
        Layout.Paragraph paragraph = (Layout.Paragraph) block;
        String text = paragraph.text().strip();
        if (text.isEmpty()) {
          continue;
        }
        Optional<Section> heading = heading(text);
        if (heading.isPresent()) {
          section = heading.get();
          continue;
        }
        if (section == Section.BEFORE) {
          beforeGoals(paragraph, text);
        } else if (section == Section.GOALS) {
          goalLine(paragraph.where(), text);
        }
        // Paragraphs in 貳 and 參 are the note on the evaluation-system codes and the like.
      } else {
        Layout.Table table = (Layout.Table) block;
        TableKind tableKind = classify(table);
        if (tableKind == null) {
          tableKind =
              lastTable != null
                  ? lastTable
                  : section == Section.PROGRAMMES
                      ? TableKind.PROGRAMMES
                      : section == Section.KPIS ? TableKind.KPIS : null;
        }
        if (tableKind == TableKind.KPIS) {
          sawKpiTable = true;
          kpiTable(table);
        } else if (tableKind == TableKind.PROGRAMMES) {
          sawProgrammeTable = true;
          programmeTable(table);
        } else if (!table.rows().isEmpty() && !table.rows().get(0).cells().isEmpty()) {
          report.warning("table-unknown", table.rows().get(0).cells().get(0).where(), "");
        }
        lastTable = tableKind;
      }
    }
    if (goals.isEmpty() && programmeRows.isEmpty()) {
      throw new DocumentException(source, 0, 0, "", report.message("not-a-plan"), null);
    }
    AnnualPlan plan = build(layout.properties());
    return new ImportResult(plan, report.findings(), kind);
  }

  // ---------------------------------------------------------------- paragraphs

  private static Optional<Section> heading(String text) {
    String label = Texts.label(text);
    if (label.length() > 30 || label.length() < 2) {
      return Optional.empty();
    }
    char first = label.charAt(0);
    char second = label.charAt(1);
    if (second != '、' && second != ',' && second != '.' && second != '，') {
      return Optional.empty();
    }
    switch (first) {
      case '壹':
        return Optional.of(Section.GOALS);
      case '貳':
        return Optional.of(Section.KPIS);
      case '參':
      case '叁':
        return Optional.of(Section.PROGRAMMES);
      default:
        return Optional.empty();
    }
  }

  private void beforeGoals(Layout.Paragraph paragraph, String text) {
    if (title == null
        && preamble.isEmpty()
        && (paragraph.title() || TITLE.matcher(text).matches())) {
      title = text;
      titleWhere = paragraph.where();
      return;
    }
    if (firstPreamble == null) {
      firstPreamble = paragraph.where();
    }
    preamble.add(text);
  }

  private void goalLine(Location where, String printed) {
    String text = BULLET.matcher(printed).replaceFirst("");
    Optional<Texts.Numbered> goal = Texts.chineseItem(text);
    if (goal.isPresent()) {
      GoalDraft draft = new GoalDraft(goal.get().number(), where);
      draft.titleLines.add(goal.get().text());
      int expected = goals.isEmpty() ? 1 : goals.get(goals.size() - 1).number + 1;
      if (draft.number != expected) {
        report.warning(
            "goal-number-unexpected",
            where,
            GOALS.index(goals.size()).property("number").toString(),
            Texts.chineseNumeral(draft.number),
            Texts.chineseNumeral(expected));
      }
      goals.add(draft);
      return;
    }
    Optional<Texts.Numbered> strategy = Texts.bracketedItem(text);
    if (goals.isEmpty()) {
      report.error("goal-line-unplaced", where, "", shorten(text));
      return;
    }
    GoalDraft current = goals.get(goals.size() - 1);
    if (strategy.isPresent()) {
      List<String> lines = new ArrayList<>();
      lines.add(strategy.get().text());
      current.strategies.add(lines);
    } else if (current.strategies.isEmpty()) {
      // A goal title broken mid-phrase across lines.
      current.titleLines.add(text);
    } else {
      current.strategies.get(current.strategies.size() - 1).add(text);
    }
  }

  // ---------------------------------------------------------------- tables

  private static TableKind classify(Layout.Table table) {
    for (Layout.Row row : table.rows()) {
      if (isHeader(row, KPI_HEADERS)) {
        return TableKind.KPIS;
      }
      if (isHeader(row, PROGRAMME_HEADERS)) {
        return TableKind.PROGRAMMES;
      }
    }
    return null;
  }

  /**
   * A header row, printed again after a page break: every cell is a column's heading, or a part of
   * one where an extraction broke the heading over two rows (計畫 / 類別), and at least one cell is a
   * whole heading.
   */
  private static boolean isHeader(Layout.Row row, List<String> headers) {
    boolean whole = false;
    for (Layout.Cell cell : row.cells()) {
      if (cell.isEmpty()) {
        continue;
      }
      String label = Texts.label(String.join("", cell.lines()));
      if (headers.contains(label)) {
        whole = true;
      } else if (label.length() < 2 || headers.stream().noneMatch(h -> h.contains(label))) {
        return false;
      }
    }
    return whole || row.cells().stream().filter(c -> !c.isEmpty()).count() >= 2;
  }

  private GoalDraft tableGoal;
  private KpiRow lastKpiRow;

  private void kpiTable(Layout.Table table) {
    for (Layout.Row row : table.rows()) {
      if (isHeader(row, KPI_HEADERS) || row.cells().stream().allMatch(Layout.Cell::isEmpty)) {
        continue;
      }
      kpiRow(row);
    }
  }

  private void kpiRow(Layout.Row row) {
    List<Layout.Cell> cells = row.cells();
    Location where = cells.get(0).where();
    int n = cells.size();
    if (n < 7 || n > 9) {
      report.error("kpi-row-shape", where, "", n, shorten(rowText(row)));
      return;
    }
    List<Layout.Cell> tail = cells.subList(n - 5, n);
    List<Layout.Cell> lead = cells.subList(0, n - 5);
    String goalNumber;
    List<String> goalTitle;
    Location goalWhere = lead.get(0).where();
    Layout.Cell kpiNumber;
    List<String> kpiName;
    Location nameWhere;
    if (lead.size() == 4) {
      goalNumber = text(lead.get(0));
      goalTitle = lead.get(1).lines();
      if (!goalNumber.isEmpty() && Texts.numeral(goalNumber).isEmpty()) {
        // The goal's number and the start of its title in one cell: 一鞏固我…
        String[] goal = splitGoal(lead.get(0).lines());
        if (!goal[0].isEmpty()) {
          goalNumber = goal[0];
          List<String> title = new ArrayList<>();
          title.add(goal[1]);
          title.addAll(goalTitle);
          goalTitle = title;
        }
      }
      kpiNumber = lead.get(2);
      kpiName = lead.get(3).lines();
      nameWhere = lead.get(3).where();
    } else if (lead.size() == 3 && Texts.numeral(text(lead.get(1))).isPresent()) {
      String[] goal = splitGoal(lead.get(0).lines());
      goalNumber = goal[0];
      goalTitle = goal[1].isEmpty() ? List.of() : List.of(goal[1]);
      kpiNumber = lead.get(1);
      kpiName = lead.get(2).lines();
      nameWhere = lead.get(2).where();
    } else if (lead.size() == 3) {
      goalNumber = text(lead.get(0));
      goalTitle = lead.get(1).lines();
      String[] kpi = splitKpi(lead.get(2).lines());
      kpiNumber =
          new Layout.Cell(kpi[0].isEmpty() ? List.of() : List.of(kpi[0]), lead.get(2).where());
      kpiName = kpi[1].isEmpty() ? List.of() : List.of(kpi[1]);
      nameWhere = lead.get(2).where();
    } else {
      String[] goal = splitGoal(lead.get(0).lines());
      goalNumber = goal[0];
      goalTitle = goal[1].isEmpty() ? List.of() : List.of(goal[1]);
      String[] kpi = splitKpi(lead.get(1).lines());
      kpiNumber =
          new Layout.Cell(kpi[0].isEmpty() ? List.of() : List.of(kpi[0]), lead.get(1).where());
      kpiName = kpi[1].isEmpty() ? List.of() : List.of(kpi[1]);
      nameWhere = lead.get(1).where();
    }
    boolean continuation =
        goalNumber.isEmpty()
            && kpiNumber.isEmpty()
            && tail.get(0).isEmpty()
            && tail.get(1).isEmpty()
            && tail.get(3).isEmpty();
    if (continuation) {
      if (lastKpiRow == null) {
        report.error("kpi-row-unplaced", where, "", shorten(rowText(row)));
        return;
      }
      // A KPI row that continues after a page break: its other cells are empty.
      if (!goalTitle.isEmpty() && tableGoal != null) {
        tableGoal.tableTitle =
            Texts.joinWrapped(List.of(tableGoal.tableTitle, String.join("", goalTitle)));
      }
      lastKpiRow.name.addAll(kpiName);
      lastKpiRow.standard.addAll(tail.get(2).lines());
      lastKpiRow.midTerm.addAll(tail.get(4).lines());
      report.info("kpi-row-continued", where, "");
      return;
    }
    GoalDraft goal = goalOf(goalNumber, goalTitle, goalWhere);
    if (goal == null) {
      report.error("kpi-row-no-goal", where, "", shorten(rowText(row)));
      return;
    }
    KpiRow kpi = new KpiRow(where);
    kpi.number = kpiNumber;
    kpi.name.addAll(kpiName);
    kpi.nameWhere = nameWhere;
    kpi.system = tail.get(0);
    kpi.method = tail.get(1);
    kpi.standard.addAll(tail.get(2).lines());
    kpi.standardWhere = tail.get(2).where();
    kpi.target.addAll(tail.get(3).lines());
    kpi.targetWhere = tail.get(3).where();
    kpi.midTerm.addAll(tail.get(4).lines());
    kpi.midTermWhere = tail.get(4).where();
    goal.rows.add(kpi);
    lastKpiRow = kpi;
  }

  /** The goal of a KPI row: by its number; a blank or repeated goal cell keeps the one above. */
  private GoalDraft goalOf(String number, List<String> titleLines, Location where) {
    String titleText = Texts.joinWrapped(titleLines);
    if (!number.isEmpty()) {
      OptionalInt value = Texts.numeral(number);
      if (value.isEmpty()) {
        report.error("goal-number-unreadable", where, "", number);
        return null;
      }
      GoalDraft goal =
          goals.stream().filter(g -> g.number == value.getAsInt()).findFirst().orElse(null);
      if (goal == null) {
        goal = new GoalDraft(value.getAsInt(), where);
        goal.fromTable = true;
        goals.add(goal);
      }
      if (goal.tableTitle == null || goal != tableGoal) {
        goal.tableTitle = titleText;
        goal.tableTitleWhere = where;
      }
      tableGoal = goal;
      return goal;
    }
    if (tableGoal == null) {
      // No number at all: the title may still name a goal of section 壹.
      GoalDraft byTitle = goalTitled(titleText);
      if (byTitle != null) {
        tableGoal = byTitle;
        byTitle.tableTitle = titleText;
        byTitle.tableTitleWhere = where;
        report.warning("goal-number-missing", where, "", shorten(titleText));
      }
      return byTitle;
    }
    if (!titleText.isEmpty()
        && !Texts.label(titleText).equals(Texts.label(nullToEmpty(tableGoal.tableTitle)))) {
      GoalDraft byTitle = goalTitled(titleText);
      if (byTitle != null && byTitle != tableGoal) {
        report.warning("goal-number-missing", where, "", shorten(titleText));
        tableGoal = byTitle;
        byTitle.tableTitle = titleText;
        byTitle.tableTitleWhere = where;
      } else if (byTitle == null) {
        // A merged goal cell whose text ran on into this row: a title broken mid-phrase.
        tableGoal.tableTitle =
            Texts.joinWrapped(List.of(nullToEmpty(tableGoal.tableTitle), titleText));
        report.info("goal-title-continued", where, "");
      }
    }
    return tableGoal;
  }

  private GoalDraft goalTitled(String title) {
    if (title.isEmpty()) {
      return null;
    }
    String label = Texts.label(title);
    for (GoalDraft goal : goals) {
      String own = Texts.label(Texts.joinWrapped(goal.titleLines));
      if (!own.isEmpty() && (own.equals(label) || own.startsWith(label + ":"))) {
        return goal;
      }
    }
    return null;
  }

  private ProgrammeRow lastProgrammeRow;

  /** Whether the programme table's header printed a sixth column, 預算金額. */
  private boolean budgetColumn;

  private void programmeTable(Layout.Table table) {
    for (Layout.Row row : table.rows()) {
      if (isHeader(row, PROGRAMME_HEADERS)) {
        budgetColumn =
            row.cells().size() == 6
                && Texts.label(String.join("", row.cells().get(5).lines()))
                    .equals(PlanLayout.BUDGET);
        continue;
      }
      if (row.cells().stream().allMatch(Layout.Cell::isEmpty)) {
        continue;
      }
      List<Layout.Cell> cells = row.cells();
      Location where = cells.get(0).where();
      if (cells.size() != 5 && !(cells.size() == 6 && budgetColumn)) {
        report.error("programme-row-shape", where, "", cells.size(), shorten(rowText(row)));
        continue;
      }
      boolean continuation = cells.get(1).isEmpty() && cells.get(2).isEmpty();
      if (continuation) {
        if (lastProgrammeRow == null) {
          report.error("programme-row-unplaced", where, "", shorten(rowText(row)));
          continue;
        }
        lastProgrammeRow.work.addAll(cells.get(0).lines());
        lastProgrammeRow.content.addAll(cells.get(3).lines());
        lastProgrammeRow.links.addAll(cells.get(4).lines());
        if (cells.size() == 6) {
          lastProgrammeRow.budget.addAll(cells.get(5).lines());
        }
        report.info("programme-row-continued", where, "");
        continue;
      }
      ProgrammeRow programme = new ProgrammeRow(where);
      programme.work.addAll(cells.get(0).lines());
      if (programme.work.isEmpty() && lastProgrammeRow != null) {
        // A work-programme cell merged over several rows, or left blank below the first.
        programme.work.addAll(lastProgrammeRow.work);
      }
      programme.item.addAll(cells.get(1).lines());
      programme.category = cells.get(2);
      programme.content.addAll(cells.get(3).lines());
      programme.links.addAll(cells.get(4).lines());
      programme.linksWhere = cells.get(4).where();
      if (cells.size() == 6) {
        programme.budget.addAll(cells.get(5).lines());
      }
      programmeRows.add(programme);
      lastProgrammeRow = programme;
    }
  }

  // ---------------------------------------------------------------- building

  private AnnualPlan build(Map<String, String> properties) {
    AnnualPlan.Builder plan = AnnualPlan.builder();
    plan.agency(agency(properties));
    rocYear = year(properties);
    plan.rocYear(rocYear);
    if (title != null) {
      plan.title(title);
    }
    plan.preamble(preamble);

    List<String> kpiNames = new ArrayList<>();
    for (GoalDraft goal : goals) {
      for (KpiRow row : goal.rows) {
        String name = nameAndWeight(row)[0];
        if (!name.isEmpty()) {
          kpiNames.add(name);
        }
      }
    }
    for (int g = 0; g < goals.size(); g++) {
      plan.addGoals(goal(goals.get(g), g, properties));
    }
    // The goals alone resolve references by id; programmes are added to the same builder after.
    AnnualPlan goalsOnly = plan.build();
    KpiLinks links = new KpiLinks(kpiNames);
    int index = 0;
    for (ProgrammeRow row : programmeRows) {
      int at = index;
      Optional<Programme> programme =
          refusable(
              () -> programme(row, at, goalsOnly, links),
              row.where,
              DocumentPath.root().property("programmes").index(index).toString());
      if (programme.isPresent()) {
        plan.addProgrammes(programme.get());
        index++;
      }
    }
    return plan.build();
  }

  private Agency agency(Map<String, String> properties) {
    String code = properties.get(Properties.AGENCY_CODE);
    String name = properties.get(Properties.AGENCY_NAME);
    if (code != null && name != null) {
      Agency.Builder agency = Agency.builder().code(agencyCode.orElse(code)).name(name);
      Optional.ofNullable(properties.get(Properties.AGENCY_ENGLISH_NAME))
          .ifPresent(agency::englishName);
      Optional.ofNullable(properties.get(Properties.AGENCY_LEVEL))
          .flatMap(AgencyLevel::fromCode)
          .ifPresent(agency::level);
      return agency.build();
    }
    Location where = titleWhere != null ? titleWhere : Location.document();
    Optional<String> printed =
        title == null
            ? Optional.empty()
            : Optional.of(TITLE.matcher(title))
                .filter(Matcher::matches)
                .map(m -> m.group(1).strip());
    if (printed.isPresent()) {
      Optional<Agency> known = Agencies.byName(printed.get());
      if (agencyCode.isPresent()) {
        Optional<Agency> byCode = Agencies.byCode(agencyCode.get());
        Agency.Builder agency = Agency.builder().code(agencyCode.get()).name(printed.get());
        byCode
            .filter(a -> known.isPresent() && known.get().equals(a))
            .flatMap(Agency::englishName)
            .ifPresent(agency::englishName);
        return agency.build();
      }
      if (known.isPresent()) {
        return Agency.builder().from(known.get()).name(printed.get()).build();
      }
      throw new DocumentException(
          source, 0, 0, "", report.message("agency-unknown", printed.get()), null);
    }
    Optional<Agency> byCode = agencyCode.flatMap(Agencies::byCode);
    if (byCode.isPresent()) {
      report.info("agency-from-code", where, "/agency/name", byCode.get().name(), agencyCode.get());
      return byCode.get();
    }
    // No code, or one kpi4j does not know: the name is the one the preamble mentions, if any, with
    // the code given, as a title's name is taken with it above.
    Optional<Agency> mentioned = Agencies.mentionedIn(String.join("\n", preamble));
    if (mentioned.isPresent()) {
      String given = agencyCode.orElse(mentioned.get().code());
      report.warning(
          "agency-from-preamble",
          firstPreamble != null ? firstPreamble : where,
          "/agency",
          mentioned.get().name(),
          given);
      return agencyCode.isPresent()
          ? Agency.builder().code(given).name(mentioned.get().name()).build()
          : mentioned.get();
    }
    String problem =
        agencyCode.isPresent()
            ? report.message("agency-unnamed-code", agencyCode.get())
            : report.message("agency-missing");
    throw new DocumentException(source, 0, 0, "", problem, null);
  }

  private int year(Map<String, String> properties) {
    String stored = properties.get(Properties.ROC_YEAR);
    if (stored != null) {
      OptionalInt year = Texts.numeral(stored);
      if (year.isPresent()) {
        return year.getAsInt();
      }
    }
    if (title != null) {
      Matcher m = TITLE.matcher(title);
      if (m.matches()) {
        OptionalInt year = Texts.numeral(m.group(2));
        if (year.isPresent()) {
          return year.getAsInt();
        }
      }
    }
    for (String paragraph : preamble) {
      Matcher m = YEAR_IN_TEXT.matcher(paragraph);
      if (m.find()) {
        int year = Texts.numeral(m.group(1)).orElse(0);
        if (year > 0) {
          report.info("year-from-preamble", firstPreamble, "/rocYear", year);
          return year;
        }
      }
    }
    throw new DocumentException(source, 0, 0, "", report.message("year-missing"), null);
  }

  private Goal goal(GoalDraft draft, int index, Map<String, String> properties) {
    String path = GOALS.index(index).toString();
    Goal.Builder goal = Goal.builder().number(draft.number);
    // The marks after a title (（共同性目標）, （25%）) are the goal's, not its title's.
    Additions.GoalMarks own = Additions.GoalMarks.of(Texts.joinWrapped(draft.titleLines));
    Additions.GoalMarks table = Additions.GoalMarks.of(nullToEmpty(draft.tableTitle));
    String printed = own.title();
    String tableTitle = draft.tableTitle == null ? null : table.title();
    List<String> strategies = new ArrayList<>();
    for (List<String> lines : draft.strategies) {
      strategies.add(Texts.joinWrapped(lines));
    }
    String title = printed;
    if (draft.fromTable) {
      title = nullToEmpty(tableTitle);
      report.warning("goal-only-in-table", draft.where, path, Texts.chineseNumeral(draft.number));
    } else if (tableTitle != null && !tableTitle.isEmpty()) {
      String ownLabel = Texts.label(printed);
      String tableLabel = Texts.label(tableTitle);
      if (!ownLabel.equals(tableLabel)) {
        int colon = printed.indexOf('：') >= 0 ? printed.indexOf('：') : printed.indexOf(':');
        if (strategies.isEmpty()
            && colon > 0
            && Texts.label(printed.substring(0, colon)).equals(tableLabel)) {
          // 六、title：strategy on one line, as the KPI table's goal cell confirms.
          title = printed.substring(0, colon).strip();
          strategies.add(printed.substring(colon + 1).strip());
          report.info("goal-title-split", draft.where, path + "/title");
        } else {
          report.warning(
              "goal-title-differs",
              draft.tableTitleWhere,
              path + "/title",
              shorten(tableTitle),
              shorten(printed));
        }
      }
    }
    if (title.isEmpty()) {
      report.error(
          "goal-title-missing", draft.where, path + "/title", Texts.chineseNumeral(draft.number));
    }
    goal.title(title);
    goal.strategies(strategies);
    goal.common(own.common() || table.common());
    Optional<BigDecimal> weight = own.weight().or(table::weight);
    if (own.weight().isPresent()
        && table.weight().isPresent()
        && own.weight().get().compareTo(table.weight().get()) != 0) {
      report.warning(
          "goal-weight-differs",
          draft.tableTitleWhere,
          path + "/weight",
          table.weight().get().toPlainString(),
          own.weight().get().toPlainString());
    }
    weight.ifPresent(goal::weight);
    int last = 0;
    for (KpiRow row : draft.rows) {
      String kpiPath = path + "/kpis/" + draft.kpis.size();
      int before = last;
      Optional<Kpi> kpi =
          refusable(() -> kpi(row, kpiPath, before, properties), row.where, kpiPath);
      if (kpi.isPresent()) {
        draft.kpis.add(kpi.get());
        last = kpi.get().number();
      }
    }
    goal.kpis(draft.kpis);
    return goal.build();
  }

  /**
   * Reads one row of the KPI table or the programmes. The reader keeps what it reads within what
   * the model accepts, but a value the model still refuses (its limits are its own) leaves the row
   * out with an error, as any row that cannot be read, rather than ending the import with an
   * exception that {@code PlanDocuments.read} does not name.
   */
  private <T> Optional<T> refusable(Supplier<Optional<T>> read, Location where, String path) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      report.error("row-refused", where, path, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Kpi> kpi(KpiRow row, String path, int last, Map<String, String> properties) {
    Kpi.Builder kpi = Kpi.builder();
    boolean complete = true;
    String number = Texts.label(String.join("", row.number.lines()));
    Matcher m = KPI_NUMBER.matcher(number);
    if (m.matches()) {
      kpi.number(Integer.parseInt(m.group(1)));
      kpi.core(m.group(3) != null);
    } else {
      report.warning(
          "kpi-number-unreadable", row.number.where(), path + "/number", number, last + 1);
      kpi.number(last + 1);
    }
    String[] named = nameAndWeight(row);
    String name = named[0];
    if (named[1] != null) {
      kpi.weight(new BigDecimal(named[1]));
    }
    if (name.isEmpty()) {
      // Printed blank, as a transcription may leave it: kept blank, for the plan rules to report
      // (text-not-blank), so that what render writes reads back equal.
      report.warning("kpi-name-missing", row.nameWhere, path + "/name");
    }
    kpi.name(name);
    String system = Texts.label(String.join("", row.system.lines()));
    String digits = system.replaceAll("[^0-9]", "");
    if (system.length() == 1 && system.charAt(0) >= '1' && system.charAt(0) <= '5') {
      kpi.evaluationSystem(EvaluationSystem.ofCode(system.charAt(0) - '0'));
    } else if (digits.length() == 1
        && digits.charAt(0) >= '1'
        && digits.charAt(0) <= '5'
        && system.chars().allMatch(c -> c == digits.charAt(0) || c > 0x2E80)) {
      // A digit beside characters spilt from the next cell (要 1): the digit is the code.
      kpi.evaluationSystem(EvaluationSystem.ofCode(digits.charAt(0) - '0'));
      report.warning(
          "kpi-system-partial", row.system.where(), path + "/evaluationSystem", system, digits);
    } else {
      report.error(
          "kpi-system-unreadable",
          row.system.where(),
          path + "/evaluationSystem",
          shorten(name),
          system);
      complete = false;
    }
    String method = Texts.label(String.join("", row.method.lines()));
    Optional<EvaluationMethod> read = EvaluationMethod.fromText(method);
    if (read.isEmpty() && method.length() >= 2) {
      List<EvaluationMethod> fits = new ArrayList<>();
      for (EvaluationMethod candidate : EvaluationMethod.values()) {
        if (candidate.labels().stream().anyMatch(l -> l.contains(method))) {
          fits.add(candidate);
        }
      }
      if (fits.size() == 1) {
        read = Optional.of(fits.get(0));
        report.warning(
            "kpi-method-partial",
            row.method.where(),
            path + "/evaluationMethod",
            method,
            fits.get(0).label());
      }
    }
    if (read.isPresent()) {
      kpi.evaluationMethod(read.get());
    } else {
      report.error(
          "kpi-method-unreadable",
          row.method.where(),
          path + "/evaluationMethod",
          shorten(name),
          method);
      complete = false;
    }
    // The standard's own lines are line breaks, and paragraphs that start its next step; its
    // other paragraphs are wraps.
    String standard = Texts.joinSteps(row.standard);
    if (standard.isEmpty()) {
      report.error(
          "kpi-standard-missing", row.standardWhere, path + "/measurementStandard", shorten(name));
      complete = false;
    }
    kpi.measurementStandard(standard);
    boolean milestones = targetCell(row, path, kpi, properties);
    if (!milestones && read.orElse(null) == EvaluationMethod.MILESTONES) {
      ladder(row, path, standard, kpi);
    }
    List<String> midTerm = new ArrayList<>();
    for (String line : Texts.lines(row.midTerm)) {
      String entry = line.strip();
      if (!entry.isEmpty() && !Texts.label(entry).equals("無")) {
        midTerm.add(entry);
      }
    }
    kpi.midTermProgrammes(midTerm);
    if (!complete) {
      report.error("kpi-left-out", row.where, path, shorten(name.isEmpty() ? standard : name));
      return Optional.empty();
    }
    Optional.ofNullable(properties.get(Properties.FORMULA.apply(path))).ifPresent(kpi::formula);
    if (Direction.DECREASE.name().equals(properties.get(Properties.DIRECTION.apply(path)))) {
      kpi.direction(Direction.DECREASE);
    }
    return Optional.of(kpi.build());
  }

  /**
   * The KPI's name, and its weight where the name prints it ({@code 推展會展活動(6%)}, as local plans do)
   * or the number cell does ({@code 1（6%）}); the number cell's weight is the one kept.
   *
   * @return the name, and the weight as printed or null
   */
  private static String[] nameAndWeight(KpiRow row) {
    String name = Texts.joinWrapped(row.name);
    Matcher number = KPI_NUMBER.matcher(Texts.label(String.join("", row.number.lines())));
    if (number.matches() && number.group(2) != null) {
      return new String[] {name, number.group(2)};
    }
    return Additions.nameWeight(name).orElse(new String[] {name, null});
  }

  /**
   * Reads the 年度目標值 cell: the target, and the lines the additions print after it (items,
   * milestones, other years' targets, the baseline). A line that cannot be placed is left out with
   * an error.
   *
   * @return whether the cell printed milestones
   */
  private boolean targetCell(KpiRow row, String path, Kpi.Builder kpi, Map<String, String> props) {
    List<String> target = new ArrayList<>();
    int items = 0;
    int milestones = 0;
    List<Integer> years = new ArrayList<>();
    boolean baseline = false;
    for (String line : targetEntries(row.target)) {
      String text = line.strip();
      Optional<Additions.TargetLine> extra =
          text.isEmpty() ? Optional.empty() : Additions.targetLine(text);
      if (extra.isEmpty()) {
        target.add(line);
      } else if (extra.get() instanceof Additions.ItemLine) {
        Additions.ItemLine item = (Additions.ItemLine) extra.get();
        if (item.number() != items + 1 || item.text().isEmpty()) {
          report.error(
              "kpi-item-unplaced",
              row.targetWhere,
              DocumentPath.of(path).property("items").toString(),
              items + 1,
              text);
          continue;
        }
        String itemPath = DocumentPath.of(path).property("items").index(items++).toString();
        KpiItem.Builder built = KpiItem.builder().number(item.number()).text(item.text());
        if (!item.target().isEmpty()) {
          built.target(item.target());
        }
        Optional.ofNullable(props.get(Properties.FORMULA.apply(itemPath)))
            .ifPresent(built::formula);
        if (Direction.DECREASE.name().equals(props.get(Properties.DIRECTION.apply(itemPath)))) {
          built.direction(Direction.DECREASE);
        }
        kpi.addItems(built.build());
      } else if (extra.get() instanceof Additions.MilestoneLine) {
        Additions.MilestoneLine milestone = (Additions.MilestoneLine) extra.get();
        if (milestone.number() != milestones + 1) {
          report.error(
              "kpi-milestone-unplaced",
              row.targetWhere,
              path + "/milestones",
              milestones + 1,
              text);
          continue;
        }
        milestones++;
        kpi.addMilestones(milestone.milestone());
      } else if (extra.get() instanceof Additions.YearLine) {
        Additions.YearLine year = (Additions.YearLine) extra.get();
        if (year.rocYear() < 1 || year.target().isEmpty() || years.contains(year.rocYear())) {
          report.error("kpi-year-target-unplaced", row.targetWhere, path + "/targets", text);
          continue;
        }
        years.add(year.rocYear());
        kpi.addTargets(YearTarget.of(year.rocYear(), year.target()));
      } else {
        Optional<Baseline> read = ((Additions.BaselineLine) extra.get()).baseline();
        if (baseline || read.isEmpty()) {
          report.error("kpi-baseline-unplaced", row.targetWhere, path + "/baseline", text);
          continue;
        }
        baseline = true;
        kpi.baseline(read.get());
      }
    }
    String joined = Texts.joinParagraphs(target);
    if (!joined.isEmpty()) {
      kpi.target(QuantityText.of(joined));
    }
    return milestones > 0;
  }

  /**
   * The entries of the 年度目標值 cell: each paragraph starts one, and so does a line after a line break
   * that reads as an addition (a document may break the cell's lines either way); any other line
   * break is the entry's own, an item or a target printed on several lines.
   */
  private static List<String> targetEntries(List<String> paragraphs) {
    List<String> entries = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String[] lines = paragraph.split("\n");
      StringBuilder entry = new StringBuilder(lines[0]);
      for (int l = 1; l < lines.length; l++) {
        if (Additions.targetLine(lines[l]).isPresent()) {
          entries.add(entry.toString());
          entry = new StringBuilder(lines[l]);
        } else {
          entry.append('\n').append(lines[l]);
        }
      }
      entries.add(entry.toString());
    }
    return entries;
  }

  /**
   * A KPI evaluated by 完成工作項目 whose measurement standard is a ladder ({@code 1.完成專業規劃委託服務(25%)
   * 2.完成土地規劃(50%)…}, as local plans print it): the ladder is its milestones. A standard that starts
   * like a ladder but is not one is left as it is, with a warning.
   */
  private void ladder(KpiRow row, String path, String standard, Kpi.Builder kpi) {
    List<Milestone> ladder = Additions.ladder(standard);
    if (!ladder.isEmpty()) {
      kpi.milestones(ladder);
      report.info(
          "kpi-milestones-from-standard", row.standardWhere, path + "/milestones", ladder.size());
    } else if (Texts.nfkc(standard).matches("(?s)\\s*1[.、].*%.*")) {
      report.warning("kpi-ladder-unread", row.standardWhere, path + "/milestones");
    }
  }

  private Optional<Programme> programme(
      ProgrammeRow row, int index, AnnualPlan soFar, KpiLinks links) {
    String path = DocumentPath.root().property("programmes").index(index).toString();
    Programme.Builder programme = Programme.builder();
    boolean complete = true;
    String work = Texts.joinWrapped(row.work);
    if (work.isEmpty()) {
      report.error("programme-work-missing", row.where, path + "/workProgramme");
      complete = false;
    }
    programme.workProgramme(work);
    String item = Texts.joinParagraphs(row.item);
    if (item.isEmpty()) {
      // As a blank KPI name: kept blank, a warning, and the plan rules' to report.
      report.warning("programme-item-missing", row.where, path + "/item");
    }
    programme.item(item);
    String category = Texts.label(String.join("", row.category.lines()));
    Optional<ProgrammeCategory> read = ProgrammeCategory.fromText(category);
    if (read.isPresent()) {
      programme.category(read.get());
    } else {
      report.error(
          "programme-category-unreadable",
          row.category.where(),
          path + "/category",
          shorten(item),
          category);
      complete = false;
    }
    programme.content(content(row.content));
    String linkText = Texts.joinWrapped(row.links);
    List<String> references = new ArrayList<>();
    for (KpiLinks.Link link : links.split(linkText)) {
      references.add(link.printed());
      if (!link.matched()) {
        boolean id =
            KpiId.parse(link.printed()).isPresent() && soFar.resolve(link.printed()).isPresent();
        if (!id) {
          report.warning(
              "kpi-link-unresolved",
              row.linksWhere,
              path + "/kpis/" + (references.size() - 1),
              link.printed());
        }
      }
    }
    programme.kpis(references);
    String budget = Texts.joinWrapped(row.budget);
    if (!budget.isEmpty()) {
      programme.budget(budget);
    }
    if (!complete) {
      report.error("programme-left-out", row.where, path, shorten(item.isEmpty() ? work : item));
      return Optional.empty();
    }
    return Optional.of(programme.build());
  }

  /**
   * 實施內容: one entry per numbered point 一、二、…; a cell without numbering is one point. A paragraph or
   * a line after a line break that starts with numbering starts a point; any other paragraph
   * continues the point as a wrap, and any other line break is the point's own.
   */
  private static List<String> content(List<String> paragraphs) {
    List<List<String>> points = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String[] lines = paragraph.split("\n");
      for (int l = 0; l < lines.length; l++) {
        String text = lines[l].strip();
        if (text.isEmpty()) {
          continue;
        }
        Optional<Texts.Numbered> point = Texts.chineseItem(text);
        if (point.isPresent() || points.isEmpty()) {
          List<String> entry = new ArrayList<>();
          entry.add(point.map(Texts.Numbered::text).orElse(text));
          points.add(entry);
        } else if (l == 0) {
          points.get(points.size() - 1).add(text);
        } else {
          // A line break inside the point: kept, on the paragraph the point's text is in.
          List<String> entry = points.get(points.size() - 1);
          entry.set(entry.size() - 1, entry.get(entry.size() - 1) + "\n" + text);
        }
      }
    }
    List<String> content = new ArrayList<>();
    for (List<String> point : points) {
      String text = Texts.joinParagraphs(point);
      // An extraction that joined the points of a cell on one line: 一、…。二、…
      int next = content.size() + 2;
      for (int at = nextPoint(text, next); at > 0; at = nextPoint(text, ++next)) {
        content.add(text.substring(0, at).strip());
        text = text.substring(at + Texts.chineseNumeral(next).length() + 1).strip();
      }
      content.add(text);
    }
    return content;
  }

  // ---------------------------------------------------------------- helpers

  /** Where point {@code number} (二、) starts inside a text, after a full stop, or -1. */
  private static int nextPoint(String text, int number) {
    String marker = Texts.chineseNumeral(number) + "、";
    for (int at = text.indexOf(marker); at > 0; at = text.indexOf(marker, at + 1)) {
      char before = text.charAt(at - 1);
      if (before == '。' || before == '；' || before == ';') {
        return at;
      }
    }
    return -1;
  }

  private static String[] splitGoal(List<String> lines) {
    String text = Texts.joinWrapped(lines);
    Matcher m = COMBINED_GOAL.matcher(text);
    return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : new String[] {"", text};
  }

  private static String[] splitKpi(List<String> lines) {
    String text = Texts.joinWrapped(lines);
    Matcher m = COMBINED_KPI.matcher(text);
    return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : new String[] {"", text};
  }

  private static String text(Layout.Cell cell) {
    return Texts.label(String.join("", cell.lines()));
  }

  private static String rowText(Layout.Row row) {
    List<String> parts = new ArrayList<>();
    for (Layout.Cell cell : row.cells()) {
      if (!cell.isEmpty()) {
        parts.add(Texts.joinWrapped(cell.lines()));
      }
    }
    return String.join(" | ", parts);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
