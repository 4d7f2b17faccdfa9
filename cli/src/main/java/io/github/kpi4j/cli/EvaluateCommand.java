package io.github.kpi4j.cli;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kpi4j evaluate PLAN RESULTS}: assesses a results document against its plan. */
@Command(
    name = "evaluate",
    sortOptions = false,
    header = "Assess a results document against its plan.",
    description = {
      "Assess a results document (kpi-results/1) against its plan (kpi-plan/1): every KPI of the"
          + " plan, in plan order, with its target, actual, achievement and rating.",
      "Ratings: achieved (100%% or more), nearly-achieved (90%% or more), not-achieved (below),"
          + " not-assessed (no result or no quantified target)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the results document has no finding of severity error",
      "1:the results document has at least one finding of severity error",
      "2:bad usage, or a file that cannot be read (the message says where)"
    })
final class EvaluateCommand extends CommandBase {
  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      description = "The plan document (kpi-plan/1); - reads standard input.")
  String planFile;

  @Parameters(
      index = "1",
      paramLabel = "RESULTS",
      description = "The results document (kpi-results/1); - reads standard input.")
  String resultsFile;

  @Override
  public Integer call() {
    Documents documents = documents();
    AnnualPlan plan = null;
    PlanResults results = null;
    List<DocumentException> unreadable = new ArrayList<>();
    try {
      plan = documents.plan(planFile);
    } catch (DocumentException e) {
      unreadable.add(e);
    }
    try {
      results = documents.results(resultsFile);
    } catch (DocumentException e) {
      unreadable.add(e);
    }
    if (!unreadable.isEmpty()) {
      unreadable.forEach(e -> err().println(ErrorHandler.oneLine(e.getMessage())));
      return ExitStatus.USAGE;
    }
    Assessment assessment =
        Assessor.builder().locale(options.language.locale()).build().assess(plan, results);
    if (json()) {
      Json.print(AssessmentOutput.json(assessment), out());
    } else {
      AssessmentOutput.text(assessment, planFile, resultsFile, messages(), style(), width(), out());
    }
    return assessment.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
  }
}
