package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds {@link YearComparison}s. */
final class Comparisons {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Comparisons() {}

  /** One year: its plan, and its assessment where there is one. */
  private record Year(AnnualPlan plan, Optional<Assessment> assessment) {
    int rocYear() {
      return plan.rocYear();
    }
  }

  static YearComparison ofPlans(List<AnnualPlan> plans) {
    Assert.notNull(plans, "plans");
    List<Year> years = new ArrayList<>();
    for (AnnualPlan plan : plans) {
      years.add(new Year(Assert.notNull(plan, "plan"), Optional.empty()));
    }
    return compare(years);
  }

  static YearComparison ofAssessments(List<Assessment> assessments) {
    Assert.notNull(assessments, "assessments");
    List<Year> years = new ArrayList<>();
    for (Assessment assessment : assessments) {
      Assert.notNull(assessment, "assessment");
      years.add(new Year(assessment.plan(), Optional.of(assessment)));
    }
    return compare(years);
  }

  private static YearComparison compare(List<Year> given) {
    Assert.isTrue(!given.isEmpty(), "a comparison needs at least one year");
    List<Year> years = new ArrayList<>(given);
    years.sort(Comparator.comparingInt(Year::rocYear));
    String agency = years.get(0).plan().agency().code();
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      String code = year.plan().agency().code();
      Assert.isTrue(
          code.equals(agency), "a comparison is of one agency, got %s and %s", agency, code);
      Assert.isTrue(
          i == 0 || years.get(i - 1).rocYear() != year.rocYear(),
          "a comparison has one plan per year, got two for %d",
          year.rocYear());
    }

    // Each year's KPIs by normal name, first of a name only; names in order of first appearance.
    List<Map<String, PlanKpi>> byYear = new ArrayList<>();
    Map<String, String> latestName = new LinkedHashMap<>();
    for (Year year : years) {
      Map<String, PlanKpi> kpis = new HashMap<>();
      for (PlanKpi kpi : year.plan().kpis()) {
        String key = Names.normalise(kpi.kpi().name());
        if (kpis.putIfAbsent(key, kpi) == null) {
          latestName.put(key, kpi.kpi().name());
        }
      }
      byYear.add(kpis);
    }

    // Years without a plan of their own that the plans' year targets name (a mid-term plan's).
    Set<Integer> planned = new TreeSet<>();
    years.forEach(y -> planned.add(y.rocYear()));
    Set<Integer> compared = new TreeSet<>(planned);
    for (Year year : years) {
      for (PlanKpi kpi : year.plan().kpis()) {
        kpi.kpi().targets().forEach(t -> compared.add(t.rocYear()));
      }
    }

    List<YearComparison.Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> name : latestName.entrySet()) {
      List<YearComparison.YearEntry> entries = new ArrayList<>();
      Optional<Quantity> previous = Optional.empty();
      int planIndex = 0;
      for (int rocYear : compared) {
        Optional<PlanKpi> kpi = Optional.empty();
        Optional<QuantityText> printed;
        Optional<KpiAssessment> assessed = Optional.empty();
        boolean hasPlan = planned.contains(rocYear);
        if (hasPlan) {
          Year year = years.get(planIndex);
          kpi = Optional.ofNullable(byYear.get(planIndex).get(name.getKey()));
          printed = kpi.flatMap(k -> k.kpi().target());
          Optional<PlanKpi> found = kpi;
          assessed = found.flatMap(k -> year.assessment().flatMap(a -> a.kpi(k)));
          planIndex++;
        } else {
          printed = targetSetFor(rocYear, name.getKey(), byYear);
        }
        Optional<Quantity> target = printed.flatMap(QuantityText::quantity);
        Optional<BigDecimal> change = change(previous, target);
        Optional<BigDecimal> changePercent =
            previous.isPresent() && change.isPresent()
                ? percentOf(change.get(), previous.get().value())
                : Optional.empty();
        entries.add(
            new YearEntryValue(
                rocYear,
                hasPlan,
                kpi,
                printed,
                change,
                changePercent,
                assessed.flatMap(KpiAssessment::achievement),
                assessed.map(KpiAssessment::rating)));
        previous = target;
      }
      rows.add(new RowValue(name.getValue(), entries));
    }
    return new ComparisonValue(agency, List.copyOf(compared), rows);
  }

  /**
   * @return the target that the latest plan whose KPI of this name sets one for the year gives
   */
  private static Optional<QuantityText> targetSetFor(
      int rocYear, String name, List<Map<String, PlanKpi>> byYear) {
    for (int i = byYear.size() - 1; i >= 0; i--) {
      PlanKpi kpi = byYear.get(i).get(name);
      if (kpi == null) {
        continue;
      }
      for (YearTarget target : kpi.kpi().targets()) {
        if (target.rocYear() == rocYear) {
          return Optional.of(target.target());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> percentOf(BigDecimal change, BigDecimal previous) {
    return previous.signum() == 0
        ? Optional.empty()
        : Optional.of(
            Decimals.plain(change.multiply(HUNDRED).divide(previous.abs(), MathContext.DECIMAL64)));
  }

  private static Optional<BigDecimal> change(Optional<Quantity> previous, Optional<Quantity> now) {
    if (previous.isEmpty() || now.isEmpty() || !previous.get().unit().equals(now.get().unit())) {
      return Optional.empty();
    }
    return Optional.of(Decimals.plain(now.get().value().subtract(previous.get().value())));
  }

  record ComparisonValue(String agencyCode, List<Integer> rocYears, List<YearComparison.Row> rows)
      implements YearComparison {
    ComparisonValue {
      rocYears = List.copyOf(rocYears);
      rows = List.copyOf(rows);
    }
  }

  record RowValue(String name, List<YearComparison.YearEntry> years) implements YearComparison.Row {
    RowValue {
      years = List.copyOf(years);
    }
  }

  record YearEntryValue(
      int rocYear,
      boolean planned,
      Optional<PlanKpi> kpi,
      Optional<QuantityText> target,
      Optional<BigDecimal> change,
      Optional<BigDecimal> changePercent,
      Optional<BigDecimal> achievement,
      Optional<Rating> rating)
      implements YearComparison.YearEntry {}
}
