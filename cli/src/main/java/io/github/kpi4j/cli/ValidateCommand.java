package io.github.kpi4j.cli;

import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code kpi4j validate FILE...}: checks plan documents against the plan rules. */
final class ValidateCommand extends CommandBase {
  private final Arg<List<String>> files = Arg.list(String.class);

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Check plan documents against the plan rules.")
        .description(
            "Read each plan document (kpi-plan/1) and check it against the plan rules.",
            "Every file is read before any report is shown: if one cannot be read, none is shown.")
        .exitCodes(
            "0:every plan is valid (warnings and notes allowed)",
            "1:at least one plan has a finding of severity error",
            "2:bad usage, or a file that cannot be read (the message says where)")
        .add(
            CommandSpecs.parameter(files)
                .arity("1..*")
                .paramLabel("FILE")
                .description("Plan documents (kpi-plan/1); - reads standard input."));
  }

  @Override
  public Integer call() {
    List<String> files = this.files.value();
    PlanValidator validator = PlanValidator.builder().locale(options.language().locale()).build();
    // Each plan is checked as soon as it is read, on every core, and only its report is kept.
    Optional<List<ValidationReport>> checked = readPlans(files, validator::validate);
    if (checked.isEmpty()) {
      return ExitStatus.USAGE;
    }
    List<ValidationOutput.FileReport> reports = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      reports.add(
          new ValidationOutput.FileReport(Documents.shown(files.get(i)), checked.get().get(i)));
    }
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
