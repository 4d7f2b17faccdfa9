package io.github.kpi4j.assessment;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One agency's KPIs lined up across several years, for researchers: how each KPI's target moved,
 * and, from assessments, how it was achieved.
 *
 * <p>KPIs are lined up by name, compared as {@link Names#normalise(String)} does (width and white
 * space aside), because ids are renumbered from year to year while names carry over. A KPI is one
 * {@link Row row}; each row has one {@link YearEntry entry} per year compared, in ascending order,
 * including the years whose plan lacks the KPI. Rows come in the order their KPIs first appear: the
 * earliest year's plan order, then the KPIs new in each later year. Where one plan prints a name
 * twice, the first KPI of that name stands for it.
 *
 * <p>A {@link YearEntry#change() change} is taken from the year before in the comparison (which
 * skips a year the comparison lacks: a comparison of 105 and 107 compares 107 with 105), and only
 * where both targets are quantified in the same unit.
 *
 * <p>The years compared are the plans' years and the years the plans' KPIs set {@link
 * io.github.kpi4j.model.Kpi#targets() targets} for: a year without a plan of its own is still
 * compared, by the target that the latest plan setting one for it gives (a mid-term plan's targets
 * for the years ahead, say). Such a year has no KPI of its own, no achievement and no rating.
 *
 * <p>Values are immutable and thread-safe.
 */
public interface YearComparison {
  /**
   * @return the agency code all the plans share
   */
  String agencyCode();

  /**
   * @return the years compared, in the ROC calendar, ascending: the plans' years, and the years
   *     their KPIs set targets for
   */
  List<Integer> rocYears();

  /**
   * @return one row per KPI name, in order of first appearance
   */
  List<Row> rows();

  /**
   * @param name a KPI name, compared as {@link Names#normalise(String)} does
   * @return its row, or empty if no plan compared has a KPI of that name
   */
  default Optional<Row> row(String name) {
    String wanted = Names.normalise(name);
    return rows().stream().filter(r -> Names.normalise(r.name()).equals(wanted)).findFirst();
  }

  /**
   * Lines up the plans' KPIs. Entries carry targets and their changes; they have no achievement or
   * rating.
   *
   * @param plans plans of one agency, one per year, in any order
   * @return the comparison
   * @throws IllegalArgumentException if there is no plan, the plans are of more than one agency, or
   *     two are of the same year
   */
  static YearComparison of(List<AnnualPlan> plans) {
    return Comparisons.ofPlans(plans);
  }

  /**
   * Lines up the assessed plans' KPIs, with each year's achievement and rating besides targets and
   * their changes.
   *
   * @param assessments assessments of one agency's plans, one per year, in any order
   * @return the comparison
   * @throws IllegalArgumentException if there is no assessment, they are of more than one agency,
   *     or two are of the same year
   */
  static YearComparison ofAssessments(List<Assessment> assessments) {
    return Comparisons.ofAssessments(assessments);
  }

  /** One KPI across the years. */
  interface Row {
    /**
     * @return the KPI's name as printed in the latest year that has it
     */
    String name();

    /**
     * @return one entry per {@link YearComparison#rocYears() year compared}, in that order
     */
    List<YearEntry> years();

    /**
     * @param rocYear a year compared
     * @return that year's entry, or empty if the year is not compared
     */
    default Optional<YearEntry> year(int rocYear) {
      return years().stream().filter(y -> y.rocYear() == rocYear).findFirst();
    }
  }

  /** One KPI in one year. */
  interface YearEntry {
    /**
     * @return the year, in the ROC calendar
     */
    int rocYear();

    /**
     * @return whether the year has a plan of its own in the comparison; a year without one is
     *     compared through the targets other years' plans set for it
     */
    boolean planned();

    /**
     * @return the KPI in that year's plan; empty where the plan has no KPI of this name, or the
     *     year has no plan of its own
     */
    Optional<PlanKpi> kpi();

    /**
     * @return whether that year's plan has the KPI
     */
    default boolean present() {
      return kpi().isPresent();
    }

    /**
     * @return the target as printed for that year: its plan's, or, for a year without a plan of its
     *     own, the one the latest plan that sets it gives in its {@code targets}; empty where there
     *     is none
     */
    Optional<QuantityText> target();

    /**
     * @return this year's target less the previous compared year's, where both are quantified in
     *     the same unit (a fraction for percentages: 86% to 88% is 0.02); empty otherwise, and in
     *     the first year
     */
    Optional<BigDecimal> change();

    /**
     * @return the {@link #change() change} in percent of the previous target's magnitude (408 to
     *     415 is 1.715686274509804), where the previous target is not zero
     */
    Optional<BigDecimal> changePercent();

    /**
     * @return the achievement in percent that year, where the comparison is of assessments
     */
    Optional<BigDecimal> achievement();

    /**
     * @return the rating that year, where the comparison is of assessments and the KPI present
     */
    Optional<Rating> rating();
  }
}
