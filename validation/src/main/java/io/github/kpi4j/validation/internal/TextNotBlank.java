package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.Programme;
import java.util.List;

/**
 * {@code text-not-blank}: the texts the plan format requires hold more than white space: the
 * agency's code and name, each goal's title, each KPI's name and measurement standard (and its
 * formula, where it gives one: a blank formula counts as none, see {@link
 * io.github.kpi4j.formulas.KpiFormula}), each programme's work programme and item, and each KPI
 * reference of a programme.
 */
final class TextNotBlank extends KpiRule {
  static final String ID = "text-not-blank";

  TextNotBlank() {
    super(ID, Severity.ERROR);
  }

  @Override
  boolean checkBeforeKpis(AnnualPlan plan, Reporter reporter) {
    // A finding's path and arguments are built only for a blank text: a valid plan has none, and
    // building them for every text of a large plan was a measurable part of its validation.
    if (plan.agency().code().isBlank()) {
      report(reporter, "/agency/code", "agency.code");
    }
    if (plan.agency().name().isBlank()) {
      report(reporter, "/agency/name", "agency.name");
    }
    List<Goal> goals = plan.goals();
    for (int g = 0; g < goals.size(); g++) {
      if (goals.get(g).title().isBlank()) {
        report(
            reporter, Paths.goal(g, "title"), "goal.title", String.valueOf(goals.get(g).number()));
      }
    }
    return true;
  }

  @Override
  void checkAfterKpis(AnnualPlan plan, Reporter reporter) {
    List<Programme> programmes = plan.programmes();
    for (int p = 0; p < programmes.size(); p++) {
      Programme programme = programmes.get(p);
      String number = String.valueOf(p + 1);
      if (programme.workProgramme().isBlank()) {
        report(reporter, Paths.programme(p, "workProgramme"), "programme.workProgramme", number);
      }
      if (programme.item().isBlank()) {
        report(reporter, Paths.programme(p, "item"), "programme.item", number);
      }
      List<String> references = programme.kpis();
      for (int r = 0; r < references.size(); r++) {
        if (references.get(r).isBlank()) {
          report(
              reporter, Paths.programmeKpi(p, r), "programme.kpi", number, String.valueOf(r + 1));
        }
      }
    }
  }

  @Override
  void check(AnnualPlan plan, PlanKpi kpi, Reporter reporter) {
    if (kpi.kpi().name().isBlank()) {
      report(reporter, Paths.kpi(kpi, "name"), "kpi.name", kpi.id().text());
    }
    if (kpi.kpi().measurementStandard().isBlank()) {
      report(
          reporter,
          Paths.kpi(kpi, "measurementStandard"),
          "kpi.measurementStandard",
          kpi.id().text());
    }
    if (kpi.kpi().formula().filter(String::isBlank).isPresent()) {
      report(reporter, Paths.kpi(kpi, "formula"), "kpi.formula", kpi.id().text());
    }
  }

  private static void report(Reporter reporter, String path, String field, Object... fieldArgs) {
    reporter.report(path, reporter.phrase(ID + "." + field, fieldArgs));
  }
}
