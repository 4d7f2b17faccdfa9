package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModelBuildingTest {

  @Test
  void should_build_an_agency() {
    Agency agency = Agency.of("MOFA", "外交部");
    assertThat(agency.code()).isEqualTo("MOFA");
    assertThat(agency.name()).isEqualTo("外交部");
    assertThat(agency.englishName()).isEmpty();
    assertThat(agency).isEqualTo(Agency.builder().code("MOFA").name("外交部").build());
  }

  @Test
  void should_build_a_kpi_with_every_column() {
    // GIVEN every column of a KPI row, as MAC 5.1 prints it
    Kpi kpi =
        Kpi.builder()
            .number(1)
            .name("擴大臺港澳青年交流")
            .evaluationSystem(EvaluationSystem.ofCode(1))
            .evaluationMethod(EvaluationMethod.fromText("統計數據").orElseThrow())
            .measurementStandard("（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%")
            .formula("（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%")
            .target("2%")
            .direction(Direction.INCREASE)
            .weight(new BigDecimal("6"))
            .addMidTermProgrammes("青年交流中程計畫")
            .build();
    // THEN each is held as given
    assertThat(kpi.evaluationSystem()).isEqualTo(EvaluationSystem.EXISTING_ORGANISATION);
    assertThat(kpi.evaluationMethod()).isEqualTo(EvaluationMethod.STATISTICAL_DATA);
    assertThat(kpi.formula()).hasValueSatisfying(f -> assertThat(f).endsWith("＝2%"));
    assertThat(kpi.target()).contains(QuantityText.of("2%"));
    assertThat(kpi.target().flatMap(QuantityText::quantity).orElseThrow().value())
        .isEqualByComparingTo("0.02");
    assertThat(kpi.weight()).contains(new BigDecimal("6"));
    assertThat(kpi.midTermProgrammes()).containsExactly("青年交流中程計畫");
  }

  @Test
  void should_default_a_kpi_to_higher_is_better_and_no_target() {
    Kpi kpi =
        Kpi.builder()
            .number(2)
            .name("落實協議執行")
            .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
            .evaluationMethod(EvaluationMethod.STATISTICAL_DATA)
            .measurementStandard("次數")
            .build();
    assertThat(kpi.direction()).isEqualTo(Direction.INCREASE);
    assertThat(kpi.target()).isEmpty();
    assertThat(kpi.formula()).isEmpty();
    assertThat(kpi.midTermProgrammes()).isEmpty();
  }

  @Test
  void should_default_a_kpi_whose_relative_target_asks_for_a_decrease_to_lower_is_better() {
    // GIVEN KPIs without a direction, and one with the plan's own
    Kpi.Builder kpi =
        Kpi.builder()
            .number(1)
            .name("案件處理天數")
            .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
            .evaluationMethod(EvaluationMethod.STATISTICAL_DATA)
            .measurementStandard("平均處理天數");
    // THEN a decrease relative to an earlier year makes lower better, as the plan format says
    assertThat(kpi.target(QuantityText.of("較前年度減少3%")).build().direction())
        .isEqualTo(Direction.DECREASE);
    assertThat(kpi.target(QuantityText.of("每年降低５％")).build().direction())
        .isEqualTo(Direction.DECREASE);
    // AND an increase, an absolute target or the plan's own direction keep theirs
    assertThat(kpi.target(QuantityText.of("較前年度增加10%")).build().direction())
        .isEqualTo(Direction.INCREASE);
    assertThat(kpi.target(QuantityText.of("減少3件")).build().direction())
        .isEqualTo(Direction.INCREASE);
    assertThat(
            kpi.target(QuantityText.of("較前年度減少3%"))
                .direction(Direction.INCREASE)
                .build()
                .direction())
        .isEqualTo(Direction.INCREASE);
  }

  @Test
  void should_build_a_goal_and_a_programme_and_a_plan() {
    AnnualPlan plan = Plans.mac();
    assertThat(plan.agency().englishName()).contains("Mainland Affairs Council");
    assertThat(plan.rocYear()).isEqualTo(107);
    assertThat(plan.title()).isEmpty();
    assertThat(plan.goals()).extracting(Goal::number).containsExactly(1, 4);
    assertThat(plan.goals().get(0).strategies()).containsExactly("掌握中國大陸對臺策略");
    Programme programme = plan.programmes().get(0);
    assertThat(programme.category()).isEqualTo(ProgrammeCategory.OTHER);
    assertThat(programme.content()).containsExactly("適時檢討兩岸交流規範與管理機制。");
    assertThat(programme.kpis()).containsExactly("研修(訂)大陸事務相關法規");
  }

  @Test
  void should_hold_a_plan_that_breaks_the_plan_rules_for_the_validator_to_report() {
    // GIVEN goals numbered 2 then 2, a blank title, a duplicate KPI and a dangling reference
    Kpi same = Plans.kpi(1, "同名指標", "3件");
    AnnualPlan plan =
        AnnualPlan.builder()
            .agency(Agency.of("X", " "))
            .rocYear(107)
            .addGoals(Goal.builder().number(2).title("").addKpis(same, same).build())
            .addGoals(Goal.builder().number(2).title("重複").build())
            .addProgrammes(
                Programme.builder()
                    .workProgramme("w")
                    .item("i")
                    .category(ProgrammeCategory.OTHER)
                    .addKpis("不存在")
                    .build())
            .build();
    // THEN the model holds it as given
    assertThat(plan.kpis()).hasSize(2);
    assertThat(plan.resolve("不存在")).isEmpty();
  }

  @Test
  void should_build_results() {
    PlanResults results =
        PlanResults.builder()
            .agency("MAC")
            .rocYear(107)
            .addResults(KpiResult.builder().kpi("1.1").actual("415").build())
            .addResults(
                KpiResult.builder()
                    .kpi("5.1")
                    .putVariables("當年度青年交流總人次", new BigDecimal("10404"))
                    .putVariables("前1年度青年交流總人次", new BigDecimal("10200"))
                    .note("illustrative")
                    .build())
            .build();
    assertThat(results.results()).hasSize(2);
    assertThat(
            results.results().get(0).actual().flatMap(QuantityText::quantity).orElseThrow().value())
        .isEqualByComparingTo("415");
    assertThat(results.results().get(1).variables()).containsOnlyKeys("當年度青年交流總人次", "前1年度青年交流總人次");
    assertThat(results.results().get(1).note()).contains("illustrative");
  }

  @Test
  void should_read_codes_and_chinese_labels_of_the_vocabularies() {
    assertThat(EvaluationMethod.fromText("survey")).contains(EvaluationMethod.SURVEY);
    assertThat(EvaluationMethod.fromText("問卷調查")).contains(EvaluationMethod.SURVEY);
    assertThat(EvaluationMethod.fromText("其它")).contains(EvaluationMethod.OTHER);
    assertThat(EvaluationMethod.fromText("其他")).contains(EvaluationMethod.OTHER);
    assertThat(EvaluationMethod.fromText("完成工作項目")).contains(EvaluationMethod.MILESTONES);
    assertThat(EvaluationMethod.fromText("guess")).isEmpty();
    assertThat(ProgrammeCategory.fromText("公共建設")).contains(ProgrammeCategory.PUBLIC_CONSTRUCTION);
    assertThat(ProgrammeCategory.fromText("science-technology"))
        .contains(ProgrammeCategory.SCIENCE_TECHNOLOGY);
    assertThat(ProgrammeCategory.fromText("其他")).contains(ProgrammeCategory.OTHER);
    assertThat(ProgrammeCategory.fromText("其它")).contains(ProgrammeCategory.OTHER);
    assertThat(Direction.fromCode("decrease")).contains(Direction.DECREASE);
    assertThat(Direction.fromCode("down")).isEmpty();
  }

  @Test
  void should_give_each_evaluation_system_its_code_and_meanings() {
    for (int code = 1; code <= 5; code++) {
      EvaluationSystem system = EvaluationSystem.ofCode(code);
      assertThat(system.code()).isEqualTo(code);
      assertThat(system.chineseMeaning()).isNotBlank();
      assertThat(system.englishMeaning()).isNotBlank();
    }
    assertThat(EvaluationSystem.ofCode(3).chineseMeaning()).contains("第三者");
    assertThat(EvaluationSystem.ofCode(5).englishMeaning()).isEqualTo("Other.");
  }
}
