package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static io.github.kpi4j.validation.Plans.programme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.AnnualPlan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KpiReferenceResolvesTest {
  private static final String RULE = "kpi-reference-resolves";

  /** The KPIs of MAC 107's goal 3, and four programmes, the fourth as the CLI spec shows it. */
  private static AnnualPlan macLike(String... references) {
    return Plans.builder()
        .goals(
            List.of(
                goal(1, "盱衡整體情勢發展", kpi(1, "研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略")),
                goal(2, "增進兩岸文教交流", kpi(1, "結合政府及民間資源辦理兩岸文教交流活動")),
                goal(3, "加強兩岸經貿政策溝通及臺商服務工作", kpi(1, "「陸委會臺商窗口」服務"), kpi(2, "提升臺灣整體競爭力，加強經貿政策的溝通")),
                goal(4, "檢討兩岸交流規範", kpi(1, "研修（訂）大陸事務相關法規"))))
        .programmes(
            List.of(
                programme("兩岸情勢評估", "1.1"),
                programme("兩岸政策研究", "1.1"),
                programme("國內外智庫合作", "2.1"),
                programme("兩岸經濟政策之規劃及推動", references)))
        .build();
  }

  @Test
  void should_report_an_unknown_name_and_suggest_the_nearest() {
    // GIVEN programme 3 linking 提升競爭力, a shortened name
    AnnualPlan plan = macLike("研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略", "提升競爭力");
    // WHEN validated
    List<Finding> findings = Plans.validate(plan).findings(RULE);
    // THEN the reference is reported at its path, with the KPI it most likely meant
    assertThat(findings).extracting(Finding::path).containsExactly("/programmes/3/kpis/1");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "Programme 兩岸經濟政策之規劃及推動 links to KPI 提升競爭力, which the plan does not define;"
                + " did you mean 提升臺灣整體競爭力，加強經貿政策的溝通?");
  }

  @Test
  void should_suggest_in_traditional_chinese() {
    // GIVEN the same plan, validated in Traditional Chinese
    PlanValidator validator =
        PlanValidator.builder().clock(Plans.CLOCK).locale(Locale.TAIWAN).build();
    // WHEN validated
    List<Finding> findings = validator.validate(macLike("提升競爭力")).findings(RULE);
    // THEN the message is Chinese
    assertThat(findings.get(0).message())
        .isEqualTo("年度重要計畫「兩岸經濟政策之規劃及推動」關聯的關鍵績效指標「提升競爭力」不在本計畫中；" + "是否指「提升臺灣整體競爭力，加強經貿政策的溝通」？");
  }

  @Test
  void should_not_suggest_a_name_that_shares_too_little() {
    // GIVEN a reference that has nothing in common with any KPI's name
    List<Finding> findings = Plans.validate(macLike("推動港澳青年交流")).findings(RULE);
    // WHEN validated, THEN it is reported without a suggestion
    assertThat(findings.get(0).message())
        .isEqualTo(
            "Programme 兩岸經濟政策之規劃及推動 links to KPI 推動港澳青年交流, which the plan does" + " not define");
  }

  @Test
  void should_report_an_id_that_designates_no_kpi_without_a_suggestion() {
    // GIVEN a reference to KPI 3.9, which goal 3 does not have
    List<Finding> findings = Plans.validate(macLike("3.2", "3.9")).findings(RULE);
    // WHEN validated, THEN only 3.9 is reported
    assertThat(findings).extracting(Finding::path).containsExactly("/programmes/3/kpis/1");
    assertThat(findings.get(0).message())
        .endsWith("links to KPI 3.9, which the plan does not define");
  }

  @Test
  void should_resolve_names_that_differ_only_in_width_and_spaces() {
    // GIVEN 研修(訂)大陸事務相關法規, printed with ASCII brackets, and ids in full width
    AnnualPlan plan = macLike("研修(訂) 大陸事務相關法規", "３.１", " 「陸委會臺商窗口」服務 ");
    // WHEN validated, THEN every reference resolves, as a careful reader would read them
    assertThat(Plans.validate(plan).findings(RULE)).isEmpty();
  }

  @Test
  void should_suggest_names_for_the_first_fifty_dangling_references_only() {
    // GIVEN a programme with 60 shortened names, each near a KPI of the plan
    String[] references = new String[60];
    java.util.Arrays.fill(references, "提升競爭力");
    // WHEN the plan is validated
    List<Finding> findings = Plans.validate(macLike(references)).findings(RULE);
    // THEN every reference is reported, and the first 50 come with a suggestion
    assertThat(findings).hasSize(60);
    assertThat(findings.subList(0, 50)).allMatch(f -> f.message().contains("did you mean"));
    assertThat(findings.subList(50, 60)).noneMatch(f -> f.message().contains("did you mean"));
  }
}
