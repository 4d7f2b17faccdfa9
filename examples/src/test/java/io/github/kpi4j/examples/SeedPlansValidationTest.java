package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The transcribed seed plans against the built-in rules: MAC 107 is clean, and MOFA 107's findings
 * are exactly the gaps {@code examples/plans/README.md} records (its section A, and the links it
 * records as lost).
 */
class SeedPlansValidationTest {
  private static AnnualPlan read(String file) throws IOException {
    // The module's jar carries the transcriptions of examples/plans as resources.
    String resource = "/io/github/kpi4j/examples/plans/" + file;
    try (InputStream in = SeedPlansValidationTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return KpiJson.create().readPlan(in, file);
    }
  }

  @Test
  void should_find_nothing_in_the_mac_107_plan() throws IOException {
    // GIVEN the MAC 107 plan, a clean source
    AnnualPlan plan = read("mac-107.json");
    // WHEN it is validated against the built-in rules, in both languages
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TAIWAN}) {
      ValidationReport report = PlanValidator.builder().locale(locale).build().validate(plan);
      // THEN there is no finding at all: its references resolve (研修(訂) and 研修（訂） are one
      // name), KPI 5.1's ＝2% agrees with its target, the common indicators use their formulas
      assertThat(report.findings()).isEmpty();
      assertThat(report.isValid()).isTrue();
    }
  }

  @Test
  void should_find_exactly_the_recorded_gaps_of_the_mofa_107_plan() throws IOException {
    // GIVEN the MOFA 107 plan, transcribed from a scrambled PDF extraction
    AnnualPlan plan = read("mofa-107.json");
    // WHEN it is validated against the built-in rules
    ValidationReport report = PlanValidator.ofDefaults().validate(plan);
    // THEN the findings are the gaps of README section A, in document order (a KPI before its
    // properties)
    assertThat(report.findings())
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactly(
            tuple("kpi-target-present", Severity.ERROR, "/goals/0/kpis/1/target"), // A1
            // 2.1 推動與他國簽訂雙邊協議(含經貿合作相關協議): no legible 與KPI關聯 cell names it
            // (C12–C14 record cells whose further names are lost)
            tuple("kpi-linked-by-programme", Severity.INFO, "/goals/1/kpis/0"),
            tuple("kpi-target-present", Severity.ERROR, "/goals/1/kpis/0/target"), // A2
            tuple("kpi-target-present", Severity.ERROR, "/goals/1/kpis/1/target"), // A3
            tuple("kpi-target-present", Severity.ERROR, "/goals/1/kpis/2/target"), // A4
            tuple("kpi-target-present", Severity.ERROR, "/goals/1/kpis/3/target"), // A5
            tuple("kpi-target-present", Severity.ERROR, "/goals/1/kpis/4/target"), // A6
            tuple("kpi-target-present", Severity.ERROR, "/goals/2/kpis/0/target"), // A7
            tuple("kpi-target-present", Severity.ERROR, "/goals/2/kpis/1/target"), // A8
            tuple("kpi-target-present", Severity.ERROR, "/goals/3/kpis/0/target"), // A9
            // 5.2 有效運用多元文宣媒介…: likewise named by no legible cell (C12: 製作國情資料's
            // cell shows only 精進我國際文宣工作, any further names lost)
            tuple("kpi-linked-by-programme", Severity.INFO, "/goals/4/kpis/1"),
            // 6.1: its name is lost (A14), so no reference can name it
            tuple("kpi-linked-by-programme", Severity.INFO, "/goals/5/kpis/0"),
            tuple("text-not-blank", Severity.ERROR, "/goals/5/kpis/0/name"), // A14
            tuple("kpi-target-present", Severity.ERROR, "/goals/5/kpis/0/target"), // A10
            tuple("kpi-target-present", Severity.ERROR, "/goals/6/kpis/0/target"), // A11
            tuple("kpi-target-present", Severity.ERROR, "/goals/6/kpis/1/target"), // A12
            // 7.3 …率及節省鉅額租金支出: the programme it belongs to links nothing (A17)
            tuple("kpi-linked-by-programme", Severity.INFO, "/goals/6/kpis/2"),
            tuple("kpi-target-present", Severity.ERROR, "/goals/6/kpis/2/target"), // A13
            tuple("text-not-blank", Severity.ERROR, "/programmes/2/item"), // A15
            tuple("programme-links-kpi", Severity.WARNING, "/programmes/9/kpis")); // A17
    // AND the plan is not valid: 13 KPIs lack a target, one KPI name and one programme item are
    // lost (A16 and A18, an omitted content and mid-term list, are optional properties)
    assertThat(report.errors()).hasSize(15);
    assertThat(report.isValid()).isFalse();
  }
}
