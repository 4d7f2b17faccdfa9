package io.github.kpi4j.model;

import static io.github.kpi4j.model.NameSuggestionTest.planWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** {@link AnnualPlan#closestKpi(String)}: which KPI a reference that resolves to none meant. */
class ClosestKpiTest {
  private static final AnnualPlan MAC_GOAL_3 =
      planWith("「陸委會臺商窗口」服務", "提升臺灣整體競爭力，加強經貿政策的溝通", "研修（訂）大陸事務相關法規");

  @Test
  void should_suggest_the_kpi_a_shortened_name_means_as_the_cli_spec_shows() {
    // GIVEN a reference that shortens 提升臺灣整體競爭力，加強經貿政策的溝通
    // WHEN the closest KPI is sought
    // THEN it is that KPI
    assertThat(MAC_GOAL_3.closestKpi("提升競爭力"))
        .map(k -> k.kpi().name())
        .contains("提升臺灣整體競爭力，加強經貿政策的溝通");
  }

  @Test
  void should_compare_names_in_normal_form() {
    // GIVEN a mistyped reference in ASCII brackets, with a stray space
    // WHEN the closest KPI is sought
    // THEN the KPI printed with full-width brackets is found
    assertThat(MAC_GOAL_3.closestKpi("研修(訂) 大陸事物相關法規")).map(k -> k.id().text()).contains("1.3");
  }

  @Test
  void should_suggest_nothing_for_a_name_that_shares_too_little() {
    // GIVEN references sharing fewer than two characters, or less than half the shorter name
    // WHEN / THEN no KPI is guessed
    assertThat(MAC_GOAL_3.closestKpi("推動港澳青年交流")).isEmpty();
    assertThat(MAC_GOAL_3.closestKpi("服")).isEmpty();
    assertThat(MAC_GOAL_3.closestKpi("")).isEmpty();
  }

  @Test
  void should_suggest_nothing_for_a_reference_written_as_an_id() {
    // GIVEN a plan whose KPI names hold digits, and references written as ids it lacks
    AnnualPlan plan = planWith("完成3.9項計畫", "完成39項計畫");
    // WHEN / THEN an id, in either width, is never taken for a misspelt name
    assertThat(plan.closestKpi("3.9")).isEmpty();
    assertThat(plan.closestKpi("３．９")).isEmpty();
    // AND the same digits written as a name are
    assertThat(plan.closestKpi("完成3.9計畫")).map(k -> k.id().text()).contains("1.1");
  }

  @Test
  void should_take_the_first_kpi_in_plan_order_on_a_tie() {
    // GIVEN two KPIs as near to the reference as each other
    AnnualPlan plan = planWith("推動兩岸交流甲", "推動兩岸交流乙");
    // WHEN / THEN the first wins
    assertThat(plan.closestKpi("推動兩岸交流")).map(k -> k.id().text()).contains("1.1");
  }

  @Test
  void should_return_the_kpi_a_reference_names_exactly() {
    // GIVEN a plan where one name holds another
    AnnualPlan plan = planWith("推動兩岸交流活動", "推動兩岸交流");
    // WHEN / THEN a reference naming the second finds it, not the first
    assertThat(plan.closestKpi("推動兩岸交流")).map(k -> k.id().text()).contains("1.2");
  }

  @Test
  void should_count_code_points_not_utf16_units() {
    // GIVEN a KPI named with a character outside the BMP (a surrogate pair in UTF-16)
    AnnualPlan plan = planWith("𠀋甲乙丙");
    // WHEN a reference shares only that character with it
    // THEN it shares one character, not two UTF-16 units, and nothing is guessed
    assertThat(plan.closestKpi("𠀋丁")).isEmpty();
    // AND a reference sharing two characters is guessed
    assertThat(plan.closestKpi("𠀋甲")).map(k -> k.id().text()).contains("1.1");
  }

  @Test
  void should_skip_names_longer_than_any_printed_kpi_name() {
    // GIVEN a KPI whose name runs past 500 code points, and one of ordinary length
    String overlong = "推動兩岸交流".repeat(84); // 504 code points
    AnnualPlan plan = planWith(overlong, "推動兩岸交流活動");
    // WHEN / THEN a reference as long as that name gets no guess
    assertThat(plan.closestKpi(overlong + "之")).isEmpty();
    // AND the overlong KPI is never guessed, even where it would be the nearest
    assertThat(planWith(overlong).closestKpi("推動兩岸交流".repeat(60))).isEmpty();
    // AND a name of exactly 500 code points is still compared
    String longest = "推動兩岸交流".repeat(83) + "活動"; // 500 code points
    assertThat(planWith(longest).closestKpi(longest.substring(1)))
        .map(k -> k.kpi().name())
        .contains(longest);
  }

  @Test
  void should_reject_a_null_reference() {
    assertThatNullPointerException().isThrownBy(() -> MAC_GOAL_3.closestKpi(null));
  }
}
