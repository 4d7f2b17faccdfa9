package io.github.kpi4j.cli;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kpi4j validate FILE...}: checks plan documents against the plan rules. */
@Command(
    name = "validate",
    sortOptions = false,
    header = "Check plan documents against the plan rules.",
    description = {
      "Read each plan document (kpi-plan/1) and check it against the plan rules.",
      "Every file is read before any is checked: if one cannot be read, nothing is checked."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every plan is valid (warnings and notes allowed)",
      "1:at least one plan has a finding of severity error",
      "2:bad usage, or a file that cannot be read (the message says where)"
    })
final class ValidateCommand extends CommandBase {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Plan documents (kpi-plan/1); - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    Optional<List<AnnualPlan>> read = readPlans(files);
    if (read.isEmpty()) {
      return ExitStatus.USAGE;
    }
    List<AnnualPlan> plans = read.get();
    PlanValidator validator = PlanValidator.builder().locale(options.language.locale()).build();
    // A validator may check several plans at once: many plans are checked on every core, the
    // reports kept in the order of the files.
    IntStream indexes = IntStream.range(0, files.size());
    List<ValidationOutput.FileReport> reports =
        (files.size() > 1 ? indexes.parallel() : indexes)
            .mapToObj(
                i ->
                    new ValidationOutput.FileReport(
                        Documents.shown(files.get(i)), validator.validate(plans.get(i))))
            .collect(Collectors.toList());
    if (json()) {
      Json.print(ValidationOutput.json(reports), out());
    } else {
      ValidationOutput.text(reports, messages(), style(), out());
    }
    return reports.stream().allMatch(r -> r.report().isValid())
        ? ExitStatus.OK
        : ExitStatus.FINDINGS;
  }
}
