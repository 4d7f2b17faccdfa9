package io.github.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.testing.Plans;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  /** The HTML of one table row, found by its id. */
  private static String row(String html, String id) {
    int start = html.indexOf("<tr id=\"" + id + "\"");
    assertThat(start).as("row %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  @Test
  void should_show_a_plan_that_is_only_assessed() {
    // GIVEN only the assessment of MAC 107
    Assessment assessment = Fixtures.bundledAssessment(Locale.ENGLISH);
    // WHEN rendered
    String html = HtmlReport.ofDefaults().render(List.of(), List.of(assessment));
    // THEN the plan is there, with a light per KPI
    assertThat(html).contains("大陸委員會, year 107");
    assertThat(html.split("class=\"c-rating\"><span class=\"light", -1))
        .hasSize(assessment.kpis().size() + 1);
  }

  @Test
  void should_show_a_finding_beside_the_kpi_its_pointer_names_and_in_the_list() {
    // GIVEN MOFA 107, whose KPI 1.2 has no target (a validation error at /goals/0/kpis/1/target)
    AnnualPlan mofa = Fixtures.bundledPlans().get(0);
    // WHEN rendered
    String html = HtmlReport.ofDefaults().render(List.of(mofa), List.of());
    // THEN the row of KPI 1.2 holds the finding, linked to its entry, which links back
    String row = row(html, "p1-k1-2");
    assertThat(row).contains("findings-here").contains("KPI 1.2 has no target");
    String findingId = row.replaceAll("(?s).*<a href=\"#(p1-f\\d+)\".*", "$1");
    assertThat(html).contains("<li id=\"" + findingId + "\"");
    String entry = html.substring(html.indexOf("<li id=\"" + findingId + "\""));
    assertThat(entry.substring(0, entry.indexOf("</li>"))).contains("href=\"#p1-k1-2\"");
  }

  @Test
  void should_refuse_two_different_plans_of_one_agency_and_year() {
    // GIVEN MAC 106 presented as a second MAC 107: same agency and year, other content
    AnnualPlan mac107 = Fixtures.bundledPlans().get(1);
    AnnualPlan other = Fixtures.mac105();
    AnnualPlan disguised = AnnualPlan.builder().from(other).rocYear(mac107.rocYear()).build();
    // WHEN rendered together  THEN refused, naming the agency and the year
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HtmlReport.ofDefaults().render(List.of(mac107, disguised), List.of()))
        .withMessage(
            "two different plans of MAC for the year 107: a report shows one plan per agency and"
                + " year");
  }

  @Test
  void should_accept_a_plan_given_again_with_its_assessment() {
    Assessment assessment = Fixtures.bundledAssessment(Locale.ENGLISH);
    String html = HtmlReport.ofDefaults().render(List.of(assessment.plan()), List.of(assessment));
    assertThat(html.split("<section class=\"plan\"", -1)).hasSize(2);
  }

  @Test
  void should_escape_every_text_of_a_plan() {
    // GIVEN a plan whose texts hold markup  WHEN rendered
    String html =
        HtmlReport.builder()
            .validator(HostilePlan.validator())
            .build()
            .render(List.of(HostilePlan.plan()), List.of());
    // THEN the markup is text, and the only style element is the report's own
    assertThat(html)
        .contains("&lt;script&gt;window.kpi4jPwned = 1&lt;/script&gt;部會")
        .doesNotContain("<script", "<img", "<iframe", "<svg onload")
        .contains("lone surrogates \uFFFD and \uFFFD");
    assertThat(html.split("<style>", -1)).hasSize(2);
    assertThat(html.split("</style>", -1)).hasSize(2);
  }

  @Test
  void should_speak_traditional_chinese_for_zh_tw() {
    String html =
        HtmlReport.builder()
            .locale(Locale.forLanguageTag("zh-TW"))
            .build()
            .render(List.of(), List.of(Fixtures.bundledAssessment(Locale.TAIWAN)));
    assertThat(html).contains("<html lang=\"zh-Hant-TW\">").contains("達成（綠燈）").contains("關鍵績效指標");
  }

  @Test
  void should_raise_what_the_writer_throws() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () -> HtmlReport.ofDefaults().render(Fixtures.bundledPlans(), List.of(), broken))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void should_write_the_same_document_to_a_writer_as_to_a_string() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.ofDefaults().render(Fixtures.bundledPlans(), List.of(), out);
    assertThat(out.toString())
        .isEqualTo(HtmlReport.ofDefaults().render(Fixtures.bundledPlans(), List.of()));
  }

  @Test
  void should_show_items_milestones_baselines_and_weights_of_the_format_additions() {
    // GIVEN a weighted common goal with a composite KPI and a milestone KPI, and a budget
    AnnualPlan plan =
        Plans.plan(108)
            .addGoals(
                Goal.builder()
                    .number(1)
                    .title("妥適配置預算資源")
                    .common(true)
                    .weight(new BigDecimal("100"))
                    .addKpis(
                        Plans.kpi(1, "國際傳播")
                            .core(true)
                            .measurementStandard("1.報導篇數 2.投書刊登數")
                            .target("2 達到項數")
                            .weight(new BigDecimal("60"))
                            .addItems(KpiItem.of(1, "報導篇數", "20篇"), KpiItem.of(2, "投書刊登數", "300篇"))
                            .baseline(Baseline.of("1,200次"))
                            .addTargets(YearTarget.of(109, "3 達到項數"))
                            .build(),
                        Plans.kpi(2, "拍賣市場建置")
                            .evaluationMethod(EvaluationMethod.MILESTONES)
                            .measurementStandard("1.完成規劃(25%) 2.完成土地規劃(50%)")
                            .target("50%")
                            .weight(new BigDecimal("40"))
                            .addMilestones(
                                Milestone.of(1, "完成規劃", "25%"), Milestone.of(2, "完成土地規劃", "50%"))
                            .build())
                    .build())
            .addProgrammes(
                Programme.builder()
                    .workProgramme("一般行政")
                    .item("市場建置")
                    .category(ProgrammeCategory.PUBLIC_CONSTRUCTION)
                    .budget("12,345千元")
                    .addKpis("1.2")
                    .build())
            .build();
    // WHEN rendered
    String html = HtmlReport.ofDefaults().render(List.of(plan), List.of());
    // THEN each addition is shown where it belongs
    assertThat(row(html, "p1-k1-1"))
        .contains("core KPI")
        .contains("Item 1: 報導篇數 (target 20篇)")
        .contains("Item 2: 投書刊登數 (target 300篇)")
        .contains("Baseline: 1,200次")
        .contains("Target for 109: 3 達到項數")
        .contains("60%");
    assertThat(row(html, "p1-k1-2"))
        .contains("Milestone 1 (25%): 完成規劃")
        .contains("Milestone 2 (50%): 完成土地規劃");
    assertThat(row(html, "p1-pr1")).contains("Budget: 12,345千元");
    assertThat(html).contains("common goal").contains("weight 100%");
  }
}
