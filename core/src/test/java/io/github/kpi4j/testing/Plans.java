package io.github.kpi4j.testing;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;

/**
 * The plans that kpi4j's tests build, in one place: core publishes this package as its test-jar,
 * and the tests of the other modules depend on it, so that a new required field or a new invariant
 * of the model is met here once, not in every module's own builder.
 *
 * <p>Everything is shaped like the Mainland Affairs Council's plans (MAC), the project's seed.
 */
public final class Plans {
  /** The agency of every fixture plan: the Mainland Affairs Council. */
  public static final Agency MAC = Agency.of("MAC", "大陸委員會");

  /** The year of the fixture plans unless a test gives another: ROC 107 (2018). */
  public static final int YEAR = 107;

  private Plans() {}

  /**
   * @param number the KPI's number in its goal
   * @param name its name
   * @return a builder of a KPI with every required field filled in, and no target: evaluated by the
   *     agency on statistical data, measured by counting ({@code 統計<name>之次數})
   */
  public static Kpi.Builder kpi(int number, String name) {
    return Kpi.builder()
        .number(number)
        .name(name)
        .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
        .evaluationMethod(EvaluationMethod.STATISTICAL_DATA)
        .measurementStandard("統計" + name + "之次數");
  }

  /**
   * @param number the goal's number
   * @param title its title
   * @param kpis its KPIs, in order
   * @return the goal
   */
  public static Goal goal(int number, String title, Kpi... kpis) {
    return Goal.builder().number(number).title(title).addKpis(kpis).build();
  }

  /**
   * @param number the goal's number
   * @param title its title
   * @param kpis builders of its KPIs, in order
   * @return the goal
   */
  public static Goal goal(int number, String title, Kpi.Builder... kpis) {
    Goal.Builder goal = Goal.builder().number(number).title(title);
    for (Kpi.Builder kpi : kpis) {
      goal.addKpis(kpi.build());
    }
    return goal.build();
  }

  /**
   * @param item the programme's item
   * @param references the KPIs it links, by id or name
   * @return a programme of the planning work, of no particular category
   */
  public static Programme programme(String item, String... references) {
    return Programme.builder()
        .workProgramme("企劃業務")
        .item(item)
        .category(ProgrammeCategory.OTHER)
        .addKpis(references)
        .build();
  }

  /**
   * @param rocYear the plan's year
   * @return a builder of a MAC plan of that year, with nothing else
   */
  public static AnnualPlan.Builder plan(int rocYear) {
    return AnnualPlan.builder().agency(MAC).rocYear(rocYear);
  }

  /**
   * For a test that adds to the plan of {@link #oneGoal(int, Kpi...)} (a title, another agency, a
   * programme) before building it.
   *
   * @param rocYear the plan's year
   * @param kpis the KPIs, renumbered 1, 2, … in the order given
   * @return a builder of a MAC plan of that year with one goal, number 1, holding the KPIs
   */
  public static AnnualPlan.Builder plan(int rocYear, Kpi... kpis) {
    Goal.Builder goal = Goal.builder().number(1).title("深化兩岸交流");
    for (int i = 0; i < kpis.length; i++) {
      goal.addKpis(Kpi.builder().from(kpis[i]).number(i + 1).build());
    }
    return plan(rocYear).addGoals(goal.build());
  }

  /**
   * @param rocYear the plan's year
   * @param kpis the KPIs, renumbered 1, 2, … in the order given
   * @return a MAC plan of that year with one goal, number 1, holding the KPIs
   */
  public static AnnualPlan oneGoal(int rocYear, Kpi... kpis) {
    return plan(rocYear, kpis).build();
  }

  /**
   * @param count how many KPIs
   * @return a MAC plan of {@link #YEAR} with one goal of that many KPIs, {@code 指標1}, {@code 指標2}
   *     …, each with a target of {@code 10次}, and one programme linking them all by id
   */
  public static AnnualPlan withKpis(int count) {
    Kpi[] kpis = new Kpi[count];
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      kpis[i] = kpi(i + 1, "指標" + (i + 1)).target("10次").build();
      ids[i] = "1." + (i + 1);
    }
    return plan(YEAR)
        .addGoals(goal(1, "深化兩岸交流", kpis))
        .addProgrammes(programme("兩岸政策研究", ids))
        .build();
  }

  /**
   * @return the smallest plan a validator finds valid, {@link #withKpis(int) one KPI}: no error,
   *     only the warnings that it lacks the two common indicators of budget execution
   */
  public static AnnualPlan minimal() {
    return withKpis(1);
  }
}
