package io.github.kpi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.assessment.YearComparison;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program runs and does what its javadoc says. */
class ExampleProgramsTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_let_a_developer_see_the_slip_in_a_draft_and_the_kpi_it_meant() {
    // WHEN the developer's example builds and validates its draft
    ValidationReport report = BuildAndValidatePlan.run(out, Locale.ENGLISH);
    // THEN the shortened KPI name is the one error, with the KPI it probably meant
    assertThat(report.isValid()).isFalse();
    assertThat(report.findings(Severity.ERROR))
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kpi-reference-resolves", "/programmes/0/kpis/0"));
    assertThat(printed())
        .contains("The draft has errors:")
        .contains("did you mean 提升臺灣整體競爭力，加強經貿政策的溝通?");
  }

  @Test
  void should_let_a_developer_read_the_findings_in_chinese() {
    BuildAndValidatePlan.run(out, Locale.forLanguageTag("zh-TW"));
    assertThat(printed()).contains("提升臺灣整體競爭力，加強經貿政策的溝通").doesNotContain("did you mean");
  }

  @Test
  void should_let_a_system_publish_a_valid_plan_and_send_back_one_with_errors(@TempDir Path dir)
      throws IOException {
    // GIVEN the MAC plan (valid) and the MOFA plan (with the gaps of its transcription)
    Path mac = Path.of("plans", "mac-107.json");
    Path mofa = Path.of("plans", "mofa-107.json");
    // WHEN the system's example decides on each
    // THEN MAC is published and MOFA sent back with its errors listed
    assertThat(ValidateJsonPlan.run(mac, out, out)).isEqualTo(ValidateJsonPlan.PUBLISH);
    assertThat(printed()).contains("MAC 107: 0 errors, 0 warnings, 0 notes").contains("  publish");
    assertThat(ValidateJsonPlan.run(mofa, out, out)).isEqualTo(ValidateJsonPlan.SEND_BACK);
    assertThat(printed()).contains("MOFA 107: 15 errors").contains("/goals/0/kpis/1/target");
  }

  @Test
  void should_let_a_system_say_where_a_document_is_unreadable(@TempDir Path dir)
      throws IOException {
    // GIVEN a plan document with an evaluation system code outside 1–5
    Path broken = dir.resolve("broken.json");
    String mac = Files.readString(Path.of("plans", "mac-107.json"));
    Files.writeString(
        broken, mac.replaceFirst("\"evaluationSystem\": 1", "\"evaluationSystem\": 6"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // WHEN the system's example reads it
    int decision =
        ValidateJsonPlan.run(broken, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    // THEN it is unreadable, and the message says where
    assertThat(decision).isEqualTo(ValidateJsonPlan.UNREADABLE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("broken.json:")
        .contains(" at /goals/0/kpis/0/evaluationSystem: ");
  }

  @Test
  void should_let_a_researcher_tabulate_kpis_by_method_and_unit() {
    // GIVEN the two seed plans
    List<AnnualPlan> plans = BundledPlans.plans();
    // WHEN they are tabulated
    Map<String, Map<EvaluationMethod, Long>> byMethod = TabulateKpis.byEvaluationMethod(plans);
    Map<String, Long> byUnit = TabulateKpis.byTargetUnit(plans);
    // THEN MAC has 13 statistical and 2 survey KPIs; the units are those the targets print
    assertThat(byMethod.get("MAC"))
        .containsEntry(EvaluationMethod.STATISTICAL_DATA, 13L)
        .containsEntry(EvaluationMethod.SURVEY, 2L)
        .containsEntry(EvaluationMethod.MILESTONES, 0L);
    assertThat(byMethod.get("MOFA").values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(16);
    assertThat(byUnit.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(31);
    // MAC: 86% 90% 2% 91% 5%; MOFA 107 prints no percentage target
    assertThat(byUnit)
        .containsEntry("%", 5L)
        .containsEntry("次", 6L)
        .containsEntry(TabulateKpis.NOT_QUANTIFIED, 13L);
  }

  @Test
  void should_let_a_researcher_follow_targets_across_years() throws IOException {
    // GIVEN MAC 107 and a synthetic MAC 108 (test data, not a real plan) with two targets raised
    AnnualPlan mac107 = BundledPlans.plan("mac-107.json");
    AnnualPlan mac108 =
        KpiJson.create().readPlan(Path.of("src", "test", "resources", "synthetic-mac-108.json"));
    // WHEN the researcher's example lines them up
    List<YearComparison> changes =
        TabulateKpis.targetChanges(List.of(mac107, mac108, BundledPlans.plan("mofa-107.json")));
    TabulateKpis.run(List.of(mac107, mac108), out);
    // THEN only MAC has two years, and the raised targets show their change
    assertThat(changes).extracting(YearComparison::agencyCode).containsExactly("MAC");
    YearComparison.Row reports =
        changes.get(0).row("研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略").orElseThrow();
    assertThat(reports.year(108).orElseThrow().change())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("12"));
    assertThat(printed()).contains("MAC [107, 108]").contains("107: 408篇; 108: 420篇 (+12)");
  }
}
