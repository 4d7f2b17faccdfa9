package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.MeasurementStandards;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.quantity.QuantityText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The transcribed seed plans have the shape their sources print. */
class SeedPlansShapeTest {

  @Test
  void should_hold_the_mac_plan_as_printed() {
    // GIVEN the transcription of 大陸委員會 107
    AnnualPlan mac = BundledPlans.plan("mac-107.json");
    // THEN it has its 7 goals, 15 KPIs and 17 programmes, in printed order
    assertThat(mac.agency().name()).isEqualTo("大陸委員會");
    assertThat(mac.gregorianYear()).isEqualTo(2018);
    assertThat(mac.goals()).extracting(Goal::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(mac.goals()).extracting(g -> g.kpis().size()).containsExactly(2, 2, 2, 2, 1, 4, 2);
    assertThat(mac.kpis()).hasSize(15);
    assertThat(mac.programmes()).hasSize(17);
    assertThat(mac.kpis())
        .extracting(k -> k.kpi().target().map(QuantityText::text).orElse(null))
        .containsExactly(
            "408篇", "17次", "86%", "2,250人", "90%", "15次", "28件", "49次", "2%", "457次", "2,145次",
            "533萬人次", "1,550則", "91%", "5%");
    assertThat(mac.kpis())
        .filteredOn(k -> k.kpi().evaluationMethod() == EvaluationMethod.SURVEY)
        .extracting(k -> k.id().text())
        .containsExactly("2.1", "3.1");
    // the two tables print one name in two widths; each is kept as printed
    assertThat(mac.kpi("4.1").map(k -> k.kpi().name())).contains("研修（訂）大陸事務相關法規");
    assertThat(mac.programmes().get(11).kpis()).containsExactly("研修(訂)大陸事務相關法規");
    assertThat(mac.programmes())
        .extracting(Programme::workProgramme)
        .containsSubsequence("企劃業務", "文教業務", "經濟業務", "法政業務", "港澳業務", "聯絡業務");
  }

  @Test
  void should_hold_the_mofa_plan_as_far_as_its_source_supports() {
    // GIVEN the transcription of 外交部 107, from a scrambled PDF extraction
    AnnualPlan mofa = BundledPlans.plan("mofa-107.json");
    // THEN it has its 7 goals, 16 KPIs and 10 programmes
    assertThat(mofa.title()).contains("外交部 107 年度施政計畫");
    assertThat(mofa.goals()).extracting(g -> g.kpis().size()).containsExactly(2, 5, 2, 1, 2, 1, 3);
    assertThat(mofa.kpis()).hasSize(16);
    assertThat(mofa.programmes()).hasSize(10);
    // and only the three targets the extraction shows (see examples/plans/README.md)
    assertThat(mofa.kpis())
        .filteredOn(k -> k.kpi().target().isPresent())
        .extracting(k -> k.id().text(), k -> k.kpi().target().map(QuantityText::text))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1", Optional.of("95 人次")),
            org.assertj.core.groups.Tuple.tuple("5.1", Optional.of("3 達到項數")),
            org.assertj.core.groups.Tuple.tuple("5.2", Optional.of("1,500 次")));
    PlanKpi budget = mofa.kpiNamed("機關年度資本門預算執行率").orElseThrow();
    assertThat(budget.id().text()).isEqualTo("7.1");
  }

  @Test
  void should_write_whole_the_formula_names_the_mofa_extraction_splits() {
    // GIVEN the two common budget indicators of both plans; the MOFA extraction splits 資本門預算數
    // and 本年度中程歲出概算額度核列數 where the PDF wrapped the cells (README D23, D24)
    AnnualPlan mofa = BundledPlans.plan("mofa-107.json");
    AnnualPlan mac = BundledPlans.plan("mac-107.json");
    for (String id : new String[] {"7.1", "7.2"}) {
      PlanKpi kpi = mofa.kpi(id).orElseThrow();
      // WHEN their formulas, explicit and found in the measurement standard, are compiled
      Formula explicit = Formula.compile(kpi.kpi().formula().orElseThrow());
      Formula found =
          Formula.compile(
              MeasurementStandards.find(kpi.kpi().measurementStandard()).orElseThrow().text());
      // THEN both read the variables of the MAC plan's identical formula, no name split in two
      List<String> macVariables =
          Formula.compile(mac.kpi(id).orElseThrow().kpi().formula().orElseThrow()).variables();
      assertThat(explicit.variables()).as(id).isEqualTo(macVariables);
      assertThat(found.variables()).as(id).isEqualTo(macVariables);
    }
  }
}
