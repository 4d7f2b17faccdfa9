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
final class TextNotBlank extends StandardRule {
  static final String ID = "text-not-blank";

  TextNotBlank() {
    super(ID, Severity.ERROR);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    blank(reporter, plan.agency().code(), "/agency/code", "agency.code");
    blank(reporter, plan.agency().name(), "/agency/name", "agency.name");
    List<Goal> goals = plan.goals();
    for (int g = 0; g < goals.size(); g++) {
      blank(
          reporter,
          goals.get(g).title(),
          Paths.goal(g, "title"),
          "goal.title",
          String.valueOf(goals.get(g).number()));
    }
    for (PlanKpi kpi : plan.kpis()) {
      String id = kpi.id().text();
      blank(reporter, kpi.kpi().name(), Paths.kpi(kpi, "name"), "kpi.name", id);
      blank(
          reporter,
          kpi.kpi().measurementStandard(),
          Paths.kpi(kpi, "measurementStandard"),
          "kpi.measurementStandard",
          id);
      kpi.kpi()
          .formula()
          .ifPresent(f -> blank(reporter, f, Paths.kpi(kpi, "formula"), "kpi.formula", id));
    }
    List<Programme> programmes = plan.programmes();
    for (int p = 0; p < programmes.size(); p++) {
      Programme programme = programmes.get(p);
      String number = String.valueOf(p + 1);
      blank(
          reporter,
          programme.workProgramme(),
          Paths.programme(p, "workProgramme"),
          "programme.workProgramme",
          number);
      blank(reporter, programme.item(), Paths.programme(p, "item"), "programme.item", number);
      List<String> references = programme.kpis();
      for (int r = 0; r < references.size(); r++) {
        blank(
            reporter,
            references.get(r),
            Paths.programmeKpi(p, r),
            "programme.kpi",
            number,
            String.valueOf(r + 1));
      }
    }
  }

  private static void blank(
      Reporter reporter, String text, String path, String field, Object... fieldArgs) {
    if (text.isBlank()) {
      reporter.report(path, reporter.phrase(ID + "." + field, fieldArgs));
    }
  }
}
