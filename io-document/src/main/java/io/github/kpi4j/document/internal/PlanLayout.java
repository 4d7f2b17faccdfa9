package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.Location;
import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Programme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout agencies print, for a plan: the title and preamble; 壹 the goals 一、 with their
 * strategies （一）; 貳 the KPI table (the goal and KPI columns each split into number and text, a
 * goal's cells merged down its KPIs) and the note on the evaluation-system codes; 參 the programme
 * table (a work programme's cell merged down its items, content points numbered 一、, KPI links
 * joined by 、). What the layout has no place for goes in the properties.
 */
public final class PlanLayout {
  /** The heading of the programme table's budget column. */
  static final String BUDGET = "預算金額";

  private static final Location HERE = Location.document();

  private PlanLayout() {}

  /**
   * @param plan a plan
   * @return its printed layout
   */
  public static Layout of(AnnualPlan plan) {
    List<Layout.Block> blocks = new ArrayList<>();
    plan.title().ifPresent(t -> blocks.add(new Layout.Paragraph(t, true, HERE)));
    plan.preamble().forEach(p -> blocks.add(paragraph(p)));
    blocks.add(paragraph("壹、年度施政目標及策略"));
    for (Goal goal : plan.goals()) {
      blocks.add(
          paragraph(Texts.chineseNumeral(goal.number()) + "、" + Additions.goalHeading(goal)));
      for (int s = 0; s < goal.strategies().size(); s++) {
        blocks.add(paragraph("（" + Texts.chineseNumeral(s + 1) + "）" + goal.strategies().get(s)));
      }
    }
    blocks.add(paragraph("貳、年度關鍵績效指標"));
    blocks.add(kpiTable(plan));
    blocks.add(paragraph("註："));
    blocks.add(paragraph("評估體制之數字代號意義如下："));
    for (EvaluationSystem system : EvaluationSystem.values()) {
      blocks.add(paragraph("　　" + system.code() + "." + system.chineseMeaning()));
    }
    blocks.add(paragraph("參、年度重要計畫"));
    blocks.add(programmeTable(plan));
    return new Layout(blocks, properties(plan));
  }

  private static Layout.Paragraph paragraph(String text) {
    return new Layout.Paragraph(text, false, HERE);
  }

  private static Layout.Cell cell(String... lines) {
    return new Layout.Cell(List.of(lines), HERE);
  }

  private static Layout.Table kpiTable(AnnualPlan plan) {
    List<Layout.Row> rows = new ArrayList<>();
    rows.add(
        new Layout.Row(
            List.of(
                new Layout.Cell(List.of("施政目標"), HERE, 2, false),
                new Layout.Cell(List.of("關鍵績效指標"), HERE, 7, false))));
    rows.add(
        new Layout.Row(
            List.of(
                new Layout.Cell(List.of(), HERE, 2, true),
                new Layout.Cell(List.of("關鍵績效指標"), HERE, 2, false),
                cell("評估", "體制"),
                cell("評估", "方式"),
                cell("衡量標準"),
                cell("年度目標值"),
                cell("與中長程個案計畫關聯"))));
    for (Goal goal : plan.goals()) {
      for (int k = 0; k < goal.kpis().size(); k++) {
        Kpi kpi = goal.kpis().get(k);
        boolean first = k == 0;
        List<Layout.Cell> cells = new ArrayList<>();
        cells.add(
            first
                ? cell(Texts.chineseNumeral(goal.number()))
                : new Layout.Cell(List.of(), HERE, 1, true));
        cells.add(
            first ? cell(Additions.goalHeading(goal)) : new Layout.Cell(List.of(), HERE, 1, true));
        cells.add(new Layout.Cell(Additions.kpiNumberLines(kpi), HERE));
        cells.add(cell(kpi.name()));
        cells.add(cell(Integer.toString(kpi.evaluationSystem().code())));
        cells.add(cell(kpi.evaluationMethod().label()));
        // A standard on several lines (a ladder) is one paragraph whose lines are line breaks
        // (the writers print them as such), not paragraphs: documents break paragraphs where a
        // cell was narrow too, and the reader joins paragraphs as wraps.
        cells.add(cell(kpi.measurementStandard()));
        cells.add(new Layout.Cell(Additions.targetLines(kpi), HERE));
        cells.add(
            kpi.midTermProgrammes().isEmpty()
                ? cell("無")
                : new Layout.Cell(List.copyOf(kpi.midTermProgrammes()), HERE));
        rows.add(new Layout.Row(cells));
      }
    }
    return new Layout.Table(rows);
  }

  private static Layout.Table programmeTable(AnnualPlan plan) {
    List<Layout.Row> rows = new ArrayList<>();
    // The budget column is printed only where a programme has a budget, as local plans print it.
    boolean budgets = plan.programmes().stream().anyMatch(p -> p.budget().isPresent());
    List<Layout.Cell> header =
        new ArrayList<>(
            List.of(
                cell("工作計畫名稱"), cell("重要計畫項目"), cell("計畫類別"), cell("實施內容"), cell("與KPI", "關聯")));
    if (budgets) {
      header.add(cell(BUDGET));
    }
    rows.add(new Layout.Row(header));
    String previousWork = null;
    for (Programme programme : plan.programmes()) {
      List<Layout.Cell> cells = new ArrayList<>();
      boolean merged = programme.workProgramme().equals(previousWork);
      cells.add(
          merged ? new Layout.Cell(List.of(), HERE, 1, true) : cell(programme.workProgramme()));
      previousWork = programme.workProgramme();
      cells.add(cell(programme.item()));
      cells.add(cell(programme.category().label()));
      List<String> content = new ArrayList<>();
      for (int p = 0; p < programme.content().size(); p++) {
        content.add(Texts.chineseNumeral(p + 1) + "、" + programme.content().get(p));
      }
      cells.add(new Layout.Cell(content, HERE));
      cells.add(programme.kpis().isEmpty() ? cell() : cell(String.join("、", programme.kpis())));
      if (budgets) {
        cells.add(programme.budget().isPresent() ? cell(programme.budget().get().text()) : cell());
      }
      rows.add(new Layout.Row(cells));
    }
    return new Layout.Table(rows);
  }

  private static Map<String, String> properties(AnnualPlan plan) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(Properties.AGENCY_CODE, plan.agency().code());
    properties.put(Properties.AGENCY_NAME, plan.agency().name());
    plan.agency().englishName().ifPresent(e -> properties.put(Properties.AGENCY_ENGLISH_NAME, e));
    if (plan.agency().level() != AgencyLevel.CENTRAL) {
      properties.put(Properties.AGENCY_LEVEL, plan.agency().level().code());
    }
    properties.put(Properties.ROC_YEAR, Integer.toString(plan.rocYear()));
    for (int g = 0; g < plan.goals().size(); g++) {
      List<Kpi> kpis = plan.goals().get(g).kpis();
      for (int k = 0; k < kpis.size(); k++) {
        DocumentPath kpiPath =
            DocumentPath.root().property("goals").index(g).property("kpis").index(k);
        String path = kpiPath.toString();
        Kpi kpi = kpis.get(k);
        kpi.formula().ifPresent(f -> properties.put(Properties.FORMULA.apply(path), f));
        if (kpi.direction() == Direction.DECREASE) {
          properties.put(Properties.DIRECTION.apply(path), Direction.DECREASE.name());
        }
        for (int i = 0; i < kpi.items().size(); i++) {
          // An item's formula and direction have no column: the 年度目標值 cell prints the rest.
          KpiItem item = kpi.items().get(i);
          String itemPath = kpiPath.property("items").index(i).toString();
          item.formula().ifPresent(f -> properties.put(Properties.FORMULA.apply(itemPath), f));
          if (item.direction() == Direction.DECREASE) {
            properties.put(Properties.DIRECTION.apply(itemPath), Direction.DECREASE.name());
          }
        }
      }
    }
    return properties;
  }
}
