package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanLookupTest {
  private final AnnualPlan plan = Plans.mac();

  @Test
  void should_list_every_kpi_in_plan_order_with_its_id_and_path() {
    assertThat(plan.kpis())
        .extracting(k -> k.id().text(), PlanKpi::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1", "/goals/0/kpis/0"),
            org.assertj.core.groups.Tuple.tuple("1.2", "/goals/0/kpis/1"),
            org.assertj.core.groups.Tuple.tuple("4.1", "/goals/1/kpis/0"));
  }

  @Test
  void should_find_a_kpi_by_id() {
    assertThat(plan.kpi("4.1")).map(k -> k.kpi().name()).contains("研修（訂）大陸事務相關法規");
    assertThat(plan.kpi(KpiId.of(1, 2))).map(k -> k.kpi().number()).contains(2);
    assertThat(plan.kpi("2.1")).isEmpty();
    assertThat(plan.kpi("not an id")).isEmpty();
  }

  @Test
  void should_find_a_kpi_by_name_whatever_its_width_or_spacing() {
    // GIVEN the name as the programme table prints it: ASCII brackets, and a stray space
    // WHEN / THEN it names the KPI that the KPI table prints with full-width brackets
    assertThat(plan.kpiNamed("研修(訂)大陸事務 相關法規")).map(k -> k.id().text()).contains("4.1");
    assertThat(plan.kpiNamed("研修大陸事務相關法規")).isEmpty();
  }

  @Test
  void should_resolve_a_reference_by_id_or_by_name() {
    assertThat(plan.resolve("1.2")).map(k -> k.id().text()).contains("1.2");
    assertThat(plan.resolve("１．２")).map(k -> k.id().text()).contains("1.2");
    assertThat(plan.resolve("研修(訂)大陸事務相關法規")).map(k -> k.id().text()).contains("4.1");
    assertThat(plan.resolve("9.9")).isEmpty();
  }

  @Test
  void should_resolve_a_repeated_id_or_name_to_the_first_kpi_in_plan_order() {
    // GIVEN a plan that breaks the plan rules: goal 1 twice, and one name in two widths
    AnnualPlan repeated =
        AnnualPlan.builder()
            .from(plan)
            .addGoals(
                Goal.builder()
                    .number(1)
                    .title("重複的目標")
                    .addKpis(Plans.kpi(1, "研修(訂)大陸事務相關法規", "1件"))
                    .build())
            .build();

    // WHEN references are resolved / THEN the first KPI in plan order wins, as documented
    assertThat(repeated.resolve("1.1")).map(PlanKpi::path).contains("/goals/0/kpis/0");
    assertThat(repeated.resolve("研修(訂)大陸事務相關法規")).map(PlanKpi::path).contains("/goals/1/kpis/0");
    assertThat(repeated.kpisById()).hasSize(3);
    assertThat(repeated.kpisByName()).hasSize(3).containsKey("研修(訂)大陸事務相關法規");
    // AND the index of printed names holds the full-width name, which the normaliser rebuilds, and
    // gives the first KPI of that form; the ASCII name, which the normaliser gives back as it is,
    // is left to the index of normal forms
    assertThat(repeated.kpisByPrintedName().get("研修（訂）大陸事務相關法規"))
        .extracting(PlanKpi::path)
        .isEqualTo("/goals/1/kpis/0");
    assertThat(repeated.kpisByPrintedName()).doesNotContainKey("研修(訂)大陸事務相關法規");
  }

  @Test
  void should_give_each_kpi_the_first_kpi_of_its_name_as_its_name_resolves() {
    // GIVEN a plan whose last KPI repeats the name of KPI 4.1 in other widths
    AnnualPlan repeated =
        AnnualPlan.builder()
            .from(plan)
            .addGoals(
                Goal.builder()
                    .number(5)
                    .title("重複的名稱")
                    .addKpis(Plans.kpi(1, "研修(訂)大陸事務 相關法規", "1件"))
                    .build())
            .build();

    for (PlanKpi kpi : repeated.kpis()) {
      // WHEN each KPI asks for the first KPI of its name  THEN it gets what its name resolves to
      assertThat(repeated.firstNamedLike(kpi))
          .as(kpi.id().text())
          .isEqualTo(repeated.kpiNamed(kpi.kpi().name()).orElseThrow());
    }
    // AND that is the KPI itself but for the repeated name, which gets KPI 4.1
    assertThat(repeated.firstNamedLike(repeated.kpi("5.1").orElseThrow()))
        .extracting(k -> k.id().text())
        .isEqualTo("4.1");
    assertThat(repeated.firstNamedLike(repeated.kpi("1.2").orElseThrow()))
        .extracting(k -> k.id().text())
        .isEqualTo("1.2");
  }

  @Test
  void should_refuse_the_first_kpi_of_the_name_of_a_kpi_of_another_plan() {
    // GIVEN KPI 5.1 of a longer plan, at a position this plan does not have
    AnnualPlan longer =
        AnnualPlan.builder()
            .from(plan)
            .addGoals(
                Goal.builder()
                    .number(5)
                    .title("另一個目標")
                    .addKpis(Plans.kpi(1, "另一項指標", "1件"))
                    .build())
            .build();
    PlanKpi foreign = longer.kpi("5.1").orElseThrow();

    // WHEN this plan is asked for the first KPI of its name  THEN it refuses, naming the KPI
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan.firstNamedLike(foreign))
        .withMessage("the KPI 5.1 is not one of this plan's");
  }

  @Test
  void should_list_the_programmes_that_link_a_kpi() {
    PlanKpi laws = plan.kpi("4.1").orElseThrow();
    PlanKpi mechanisms = plan.kpi("1.2").orElseThrow();
    assertThat(plan.programmesLinking(laws))
        .extracting(Programme::item)
        .containsExactly("建立兩岸交流秩序");
    assertThat(plan.programmesLinking(mechanisms))
        .extracting(Programme::item)
        .containsExactly("兩岸政策研究");
  }

  @Test
  void should_parse_kpi_ids() {
    assertThat(KpiId.parse("2.3")).contains(KpiId.of(2, 3));
    assertThat(KpiId.parse(" 12.10 ")).contains(KpiId.of(12, 10));
    assertThat(KpiId.of(2, 3).text()).isEqualTo("2.3");
    assertThat(KpiId.parse("0.1")).isEmpty();
    assertThat(KpiId.parse("2.")).isEmpty();
    assertThat(KpiId.parse("2.3.4")).isEmpty();
    assertThat(KpiId.parse("２．３")).contains(KpiId.of(2, 3));
    assertThat(KpiId.parse("①.②")).contains(KpiId.of(1, 2));
    assertThat(KpiId.parse("2.3a")).isEmpty();
  }

  @Test
  void should_rule_out_an_id_by_a_chinese_character_only_where_no_normal_form_could_make_one() {
    // GIVEN every character of the range the parser takes as a name at once
    for (char c = 0x3400; c <= 0x9FFF; c++) {
      // THEN NFKC turns none into a digit, a dot or a space, so none could be part of an id
      String nfkc =
          java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
      assertThat(nfkc.chars().noneMatch(d -> Character.isDigit(d) || d == '.' || Names.isSpace(d)))
          .as("U+%04X", (int) c)
          .isTrue();
    }
  }

  @Test
  void should_list_a_programme_once_however_often_it_names_a_kpi() {
    // GIVEN a programme that names KPI 1.1 by id and by name
    AnnualPlan twice = withProgrammeNaming("1.1", "研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略");
    // THEN it links 1.1 once, after the programme that already linked it
    assertThat(twice.programmesLinking(twice.kpi("1.1").orElseThrow()))
        .extracting(Programme::item)
        .containsExactly("兩岸政策研究", "兩岸情勢評估");
  }

  @Test
  void should_link_each_kpi_to_the_programmes_whose_references_resolve_to_it_in_printed_order() {
    // GIVEN plans whose programmes name KPIs by id, by name in other widths, twice, and not at all
    AnnualPlan referencing = withProgrammeNaming("１．２", "研修(訂)大陸事務 相關法規", "9.9", "1.2", "1.1");
    for (AnnualPlan p : List.of(plan, referencing)) {
      for (PlanKpi kpi : p.kpis()) {
        // WHEN a KPI's programmes are listed
        List<Programme> linking = p.programmesLinking(kpi);
        // THEN they are the programmes with a reference that resolves to it, each once, in order
        List<Programme> expected =
            p.programmes().stream()
                .filter(
                    pr -> pr.kpis().stream().anyMatch(r -> p.resolve(r).equals(Optional.of(kpi))))
                .collect(Collectors.toList());
        assertThat(linking).as(kpi.id().text()).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void should_resolve_each_reference_of_a_programme_as_its_text_resolves() {
    // GIVEN a programme that names KPIs by id, in full width, by a name in other widths, and by
    // names and ids of no KPI
    AnnualPlan referencing = withProgrammeNaming("１．２", "研修(訂)大陸事務 相關法規", "9.9", "沒有這項指標", "1.2");
    List<Programme> programmes = referencing.programmes();
    for (int p = 0; p < programmes.size(); p++) {
      List<String> references = programmes.get(p).kpis();
      for (int r = 0; r < references.size(); r++) {
        // WHEN a reference is resolved by its position  THEN as its text is
        assertThat(referencing.resolve(p, r))
            .as("programme %d, reference %d", p, r)
            .isEqualTo(referencing.resolve(references.get(r)));
      }
    }
    // AND the name in other widths designates KPI 4.1, the id 9.9 none
    int last = programmes.size() - 1;
    assertThat(referencing.resolve(last, 1)).map(k -> k.id().text()).contains("4.1");
    assertThat(referencing.resolve(last, 2)).isEmpty();
    // AND a position beyond the programmes or their references is a programming error
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> referencing.resolve(last + 1, 0));
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> referencing.resolve(last, 5));
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> referencing.resolve(-1, 0));
  }

  @Test
  void should_link_no_programme_to_a_kpi_of_another_plan() {
    // GIVEN a KPI at position 0/0 of another plan
    PlanKpi foreign = PlanKpi.of(plan.goals().get(1), plan.goals().get(1).kpis().get(0), 0, 0);
    // THEN this plan's programmes do not link it, though its position is one of this plan's
    assertThat(plan.programmesLinking(foreign)).isEmpty();
  }

  /** The plan with one more programme, 兩岸情勢評估, that names the given KPIs. */
  private AnnualPlan withProgrammeNaming(String... kpis) {
    return AnnualPlan.builder()
        .from(plan)
        .addProgrammes(
            Programme.builder()
                .workProgramme("企劃業務")
                .item("兩岸情勢評估")
                .category(ProgrammeCategory.OTHER)
                .addKpis(kpis)
                .build())
        .build();
  }
}
