package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanKpi;
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
import java.util.Objects;
import java.util.Optional;

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
    Objects.requireNonNull(plans, "plans");
    List<Year> years = new ArrayList<>();
    for (AnnualPlan plan : plans) {
      years.add(new Year(Objects.requireNonNull(plan, "plan"), Optional.empty()));
    }
    return compare(years);
  }

  static YearComparison ofAssessments(List<Assessment> assessments) {
    Objects.requireNonNull(assessments, "assessments");
    List<Year> years = new ArrayList<>();
    for (Assessment assessment : assessments) {
      Objects.requireNonNull(assessment, "assessment");
      years.add(new Year(assessment.plan(), Optional.of(assessment)));
    }
    return compare(years);
  }

  private static YearComparison compare(List<Year> given) {
    if (given.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one year");
    }
    List<Year> years = new ArrayList<>(given);
    years.sort(Comparator.comparingInt(Year::rocYear));
    String agency = years.get(0).plan().agency().code();
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      if (!year.plan().agency().code().equals(agency)) {
        throw new IllegalArgumentException(
            "a comparison is of one agency, got " + agency + " and " + year.plan().agency().code());
      }
      if (i > 0 && years.get(i - 1).rocYear() == year.rocYear()) {
        throw new IllegalArgumentException(
            "a comparison has one plan per year, got two for " + year.rocYear());
      }
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

    List<YearComparison.Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> name : latestName.entrySet()) {
      List<YearComparison.YearEntry> entries = new ArrayList<>();
      Optional<Quantity> previous = Optional.empty();
      for (int i = 0; i < years.size(); i++) {
        Year year = years.get(i);
        Optional<PlanKpi> kpi = Optional.ofNullable(byYear.get(i).get(name.getKey()));
        Optional<Quantity> target =
            kpi.flatMap(k -> k.kpi().target()).flatMap(QuantityText::quantity);
        Optional<BigDecimal> change = change(previous, target);
        Optional<BigDecimal> changePercent =
            previous.isPresent() && change.isPresent()
                ? percentOf(change.get(), previous.get().value())
                : Optional.empty();
        Optional<KpiAssessment> assessed =
            kpi.flatMap(k -> year.assessment().flatMap(a -> a.kpi(k)));
        entries.add(
            new YearEntryValue(
                year.rocYear(),
                kpi,
                change,
                changePercent,
                assessed.flatMap(KpiAssessment::achievement),
                assessed.map(KpiAssessment::rating)));
        previous = target;
      }
      rows.add(new RowValue(name.getValue(), entries));
    }
    List<Integer> rocYears = years.stream().map(Year::rocYear).toList();
    return new ComparisonValue(agency, rocYears, rows);
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
      Optional<PlanKpi> kpi,
      Optional<BigDecimal> change,
      Optional<BigDecimal> changePercent,
      Optional<BigDecimal> achievement,
      Optional<Rating> rating)
      implements YearComparison.YearEntry {}
}
