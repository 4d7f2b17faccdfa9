package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.odt.OdtLayout;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plan format's additions as documents print them: what local plans print (weights after titles
 * and names, a ladder as the measurement standard), and a finding, where it stands, for an addition
 * the import cannot place.
 */
class AdditionsImportTest {
  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_the_taichung_plan_back_with_its_weights_ladders_and_level(DocumentKind kind) {
    // GIVEN the 臺中市政府經濟發展局 103 transcription: goal and KPI weights, two ladders printed as
    // the measurement standard one step a line, a local agency
    AnnualPlan plan = Seeds.transcription("tcedb-103.json");
    assertThat(plan.goals().stream().flatMap(g -> g.kpis().stream()))
        .filteredOn(k -> k.measurementStandard().contains("\n"))
        .hasSize(2);

    // WHEN it is rendered and imported
    PlanImport imported =
        DOCUMENTS.read(DOCUMENTS.write(plan, kind), "tcedb-103." + kind.extension());

    // THEN it is the plan, its standards on their lines; the ladders are read from the standards,
    // as their steps
    assertThat(imported.plan()).isEqualTo(plan);
    assertThat(imported.findings())
        .extracting(ImportFinding::rule)
        .containsOnly("kpi-milestones-from-standard");
    Kpi flowers = imported.plan().goals().get(2).kpis().get(1);
    assertThat(flowers.measurementStandard()).startsWith("1.完成專業規劃委託服務(25%)\n2.完成土地規劃(50%)\n");
    assertThat(flowers.milestones()).hasSize(7);
    assertThat(flowers.milestones().get(4)).isEqualTo(Milestone.of(5, "第一期工程進度達50%", "80%"));
  }

  @Test
  void should_read_weights_printed_after_goal_titles_and_kpi_names() {
    // GIVEN a rendered plan whose goal cell and KPI name print the weight as local plans do, and
    // whose KPI number cell prints none
    Layout layout =
        Seeds.layoutEdited(
            "tcedb-103.json",
            cells -> {
              if (cells.size() == 9
                  && cells.get(2).lines().size() == 2
                  && cells.get(2).lines().get(1).endsWith("%）")) {
                List<String> name =
                    List.of(cells.get(3).lines().get(0) + " (" + weightOf(cells) + ")");
                set(cells, 2, cells.get(2).lines().subList(0, 1));
                set(cells, 3, name);
              }
              return cells;
            });

    // WHEN it is imported
    PlanImport imported = DOCUMENTS.read(OdtLayout.write(layout), "weights.odt");

    // THEN the weights are the goals' and the KPIs', and not part of their names
    assertThat(imported.plan().goals().get(0).weight()).contains(new BigDecimal("25"));
    assertThat(imported.plan().goals().get(0).kpis().get(0).weight()).contains(new BigDecimal("6"));
    assertThat(imported.plan().goals().get(0).kpis().get(0).name()).isEqualTo("推展會展活動");
  }

  @Test
  void should_report_where_an_addition_cannot_be_placed() {
    // GIVEN a rendered plan whose target cell prints milestones numbered 0 and out of order, an
    // item without a text, a baseline of year 0, a second baseline, a year without a target
    Layout layout =
        Seeds.layoutEdited(
            "mac-107.json",
            cells -> {
              if (cells.size() == 9 && cells.get(7).lines().contains("86%")) {
                set(
                    cells,
                    7,
                    List.of(
                        "86%",
                        "0.開始（10%）",
                        "2.完成規劃（50%）",
                        "（1）：20篇",
                        "基準值（0年）：5次",
                        "基準值：80%",
                        "基準值：81%",
                        "108年："));
              }
              return cells;
            });

    // WHEN it is imported
    PlanImport imported = DOCUMENTS.read(OdtLayout.write(layout), "unplaced.odt");

    // THEN each line it cannot place is an error in the target cell, left out; the rest is read
    assertThat(imported.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(ImportFinding::rule)
        .containsExactly(
            "kpi-milestone-unplaced",
            "kpi-milestone-unplaced",
            "kpi-item-unplaced",
            "kpi-baseline-unplaced",
            "kpi-baseline-unplaced",
            "kpi-year-target-unplaced");
    assertThat(imported.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .allSatisfy(f -> assertThat(f.location().cell()).isEqualTo(8));
    Kpi kpi =
        imported.plan().goals().stream()
            .flatMap(g -> g.kpis().stream())
            .filter(k -> k.target().isPresent() && k.target().get().text().equals("86%"))
            .findFirst()
            .orElseThrow();
    assertThat(kpi.milestones()).isEmpty();
    assertThat(kpi.items()).isEmpty();
    assertThat(kpi.targets()).isEmpty();
    assertThat(kpi.baseline().map(b -> b.value().text())).contains("80%");
  }

  @Test
  void should_draw_every_addition_in_the_round_trip_plans() {
    // GIVEN the plans the round-trip properties draw
    List<AnnualPlan> plans = LongStream.range(0, 200).mapToObj(RandomPlans::plan).toList();

    // WHEN their additions are counted
    List<Kpi> kpis = new ArrayList<>();
    plans.forEach(p -> p.goals().forEach(g -> kpis.addAll(g.kpis())));

    // THEN each addition is drawn, ladders printed as the standard among them
    assertThat(plans).anyMatch(p -> p.agency().level() == AgencyLevel.LOCAL);
    assertThat(plans).anyMatch(p -> p.goals().stream().anyMatch(g -> g.common()));
    assertThat(plans).anyMatch(p -> p.goals().stream().anyMatch(g -> g.weight().isPresent()));
    assertThat(plans).anyMatch(p -> p.programmes().stream().anyMatch(q -> q.budget().isPresent()));
    assertThat(kpis).anyMatch(Kpi::core);
    assertThat(kpis).anyMatch(k -> !k.items().isEmpty());
    assertThat(kpis).anyMatch(k -> !k.targets().isEmpty());
    assertThat(kpis).anyMatch(k -> k.baseline().isPresent());
    assertThat(kpis)
        .anyMatch(k -> !k.milestones().isEmpty() && k.measurementStandard().startsWith("1."));
    assertThat(kpis)
        .anyMatch(k -> !k.milestones().isEmpty() && !k.measurementStandard().startsWith("1."));
    assertThat(kpis)
        .anyMatch(
            k ->
                !k.milestones().isEmpty()
                    && k.measurementStandard().startsWith("1.")
                    && k.measurementStandard().contains("\n2."));
  }

  @Test
  void should_draw_values_on_several_lines_in_the_round_trip_plans() {
    // GIVEN the plans the round-trip properties draw
    List<AnnualPlan> plans = LongStream.range(0, 200).mapToObj(RandomPlans::plan).toList();

    // WHEN their KPIs and programmes are gathered
    List<Kpi> kpis = new ArrayList<>();
    plans.forEach(p -> p.goals().forEach(g -> kpis.addAll(g.kpis())));
    List<Programme> programmes = new ArrayList<>();
    plans.forEach(p -> programmes.addAll(p.programmes()));

    // THEN standards, targets, items, programme items and content points are drawn on several
    // lines too
    assertThat(kpis).anyMatch(k -> k.measurementStandard().contains("\n"));
    assertThat(kpis).anyMatch(k -> k.target().map(t -> t.text().contains("\n")).orElse(false));
    assertThat(kpis).anyMatch(k -> k.items().stream().anyMatch(i -> i.text().contains("\n")));
    assertThat(programmes).anyMatch(p -> p.item().contains("\n"));
    assertThat(programmes).anyMatch(p -> p.content().stream().anyMatch(c -> c.contains("\n")));
  }

  private static String weightOf(List<Layout.Cell> cells) {
    String printed = cells.get(2).lines().get(1);
    return printed.substring(1, printed.length() - 1);
  }

  /** Replaces the lines of a cell, where it stands. */
  private static void set(List<Layout.Cell> cells, int index, List<String> lines) {
    cells.set(index, new Layout.Cell(lines, cells.get(index).where()));
  }
}
