package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@code weights-sum-to-100} on plans that weigh their goals and each goal's KPIs. */
class GoalWeightsTest {
  private static final String RULE = "weights-sum-to-100";

  /** A goal of the given weight whose KPIs carry the given weights. */
  private static Goal goal(int number, String weight, String... kpiWeights) {
    Goal.Builder goal = Goal.builder().number(number).title("目標" + number);
    if (weight != null) {
      goal.weight(new BigDecimal(weight));
    }
    for (int k = 0; k < kpiWeights.length; k++) {
      Kpi.Builder kpi = kpi(k + 1, "指標" + number + "." + (k + 1));
      if (kpiWeights[k] != null) {
        kpi.weight(new BigDecimal(kpiWeights[k]));
      }
      goal.addKpis(kpi.build());
    }
    return goal.build();
  }

  private static List<Finding> findings(Goal... goals) {
    return Plans.validate(Plans.withGoals(goals)).findings(RULE);
  }

  @Test
  void should_accept_the_weights_of_a_city_bureau() {
    // GIVEN 臺中市政府經濟發展局 103's goals 1 (25%: 6, 4, 4, 4, 4, 3) and 2 (10%: 5, 5), and the rest
    List<Finding> findings =
        findings(
            goal(1, "25", "6", "4", "4", "4", "4", "3"),
            goal(2, "10", "5", "5"),
            goal(3, "65", "65"));
    // WHEN validated, THEN nothing: the KPIs' 47% were never meant to be 100%
    assertThat(findings).isEmpty();
  }

  @Test
  void should_report_a_goal_whose_kpis_do_not_add_up_to_its_weight() {
    // GIVEN goal 2 weighing 10 with KPIs of 5 and 4
    List<Finding> findings = findings(goal(1, "90", "90"), goal(2, "10", "5", "4"));
    // WHEN validated, THEN the goal's KPIs are reported
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/1/kpis",
                "The weights of the KPIs of goal 2 add up to 9%, not to the goal's weight of 10%"));
  }

  @Test
  void should_report_a_wrong_goal_weight_once() {
    // GIVEN goal 2 weighing 15 (its KPIs 5 and 5), so that the goals add up to 105
    List<Finding> findings = findings(goal(1, "90", "90"), goal(2, "15", "5", "5"));
    // WHEN validated, THEN the goal's weight is the one finding
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "/goals/1/weight",
                "Goal 2 weighs 15%, but its KPIs weigh 10% and the goals together 105%, not 100%"));
  }

  @Test
  void should_report_goals_that_do_not_add_up_and_each_missing_weight() {
    // GIVEN goal 1 at 50, goal 2 without a weight, goal 3 at 30 weighed as a whole
    List<Finding> findings =
        findings(goal(1, "50", "50"), goal(2, null), goal(3, "30", (String) null));
    // WHEN validated, THEN the missing goal weight and the sum
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple("/goals", "The weights of the plan's goals add up to 80%, not 100%"),
            tuple(
                "/goals/1/weight", "Goal 2 has no weight, while other goals of the plan have one"));
  }

  @Test
  void should_report_a_kpi_without_a_weight_in_a_goal_whose_kpis_are_weighted() {
    // GIVEN goal 1 at 100 with KPIs 60 and none
    List<Finding> findings = findings(goal(1, "100", "60", null));
    // WHEN validated, THEN the KPI's missing weight, and the goal's KPIs that fall short
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly("/goals/0/kpis", "/goals/0/kpis/1/weight");
  }

  /** Consistent weights: goals of whole percents adding up to 100, each split among its KPIs. */
  private static Gen<List<Goal>> consistentPlans() {
    Gen<List<Integer>> splits = lists().of(integers().between(1, 5)).ofSizeBetween(1, 6);
    return in -> {
      List<Integer> kpiCounts = splits.generate(in);
      int goals = kpiCounts.size();
      int remaining = 100;
      List<Goal> result = new ArrayList<>();
      for (int g = 0; g < goals; g++) {
        int weight = g == goals - 1 ? remaining : integers().between(0, remaining).generate(in);
        remaining -= weight;
        int count = kpiCounts.get(g);
        String[] kpiWeights = new String[count];
        int left = weight;
        for (int k = 0; k < count; k++) {
          int w = k == count - 1 ? left : integers().between(0, left).generate(in);
          left -= w;
          kpiWeights[k] = String.valueOf(w);
        }
        result.add(goal(g + 1, String.valueOf(weight), kpiWeights));
      }
      return result;
    };
  }

  @Test
  void should_find_nothing_in_consistent_weights_and_exactly_one_thing_when_one_weight_changes() {
    qt().withExamples(200)
        .forAll(consistentPlans(), integers().between(0, 1000), integers().between(1, 50))
        .checkAssert(
            (goals, which, delta) -> {
              // GIVEN a plan whose goals add up to 100 and whose KPIs add up to their goals
              AnnualPlan plan = Plans.withGoals(goals.toArray(Goal[]::new));
              assertThat(Plans.validate(plan).findings(RULE)).isEmpty();
              // WHEN one weight, of a goal or of a KPI, is raised
              List<Goal> changed = raiseOne(goals, which, delta);
              // THEN exactly one weight finding
              assertThat(
                      Plans.validate(Plans.withGoals(changed.toArray(Goal[]::new))).findings(RULE))
                  .hasSize(1);
            });
  }

  /** Raises the weight at a position counted over goals and KPIs in document order. */
  private static List<Goal> raiseOne(List<Goal> goals, int which, int delta) {
    int weights = 0;
    for (Goal goal : goals) {
      weights += 1 + goal.kpis().size();
    }
    int target = which % weights;
    List<Goal> changed = new ArrayList<>();
    int position = 0;
    for (Goal goal : goals) {
      Goal.Builder copy = Goal.builder().from(goal);
      if (position++ == target) {
        copy.weight(goal.weight().orElseThrow().add(BigDecimal.valueOf(delta)));
      }
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi kpi : goal.kpis()) {
        kpis.add(
            position++ == target
                ? Kpi.builder()
                    .from(kpi)
                    .weight(kpi.weight().orElseThrow().add(BigDecimal.valueOf(delta)))
                    .build()
                : kpi);
      }
      changed.add(copy.kpis(kpis).build());
    }
    return changed;
  }
}
