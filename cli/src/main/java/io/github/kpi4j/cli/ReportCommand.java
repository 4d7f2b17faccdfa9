package io.github.kpi4j.cli;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Names;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.report.HtmlReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kpi4j report FILE... [-o OUT]}: one self-contained HTML report of plans and results. */
final class ReportCommand extends CommandBase {
  /** The report's file when -o is not given. */
  static final String DEFAULT_OUT = "kpi4j-report.html";

  private final Arg<List<String>> files = Arg.list(String.class);
  private final Arg<String> output = Arg.of(String.class, DEFAULT_OUT);

  /** A plan, the file it came from, and the results assessed against it. */
  private record Year(AnnualPlan plan, String file, List<String> resultsFiles) {}

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Write one self-contained HTML report of plans and results.")
        .description(
            "Write one HTML file showing the plans (kpi-plan/1) and results (kpi-results/1) given, in"
                + " any order, told apart by their format: each plan's goals, KPI table and programmes;"
                + " each results document assessed against the plan of its agency and year, with a"
                + " light per KPI; the findings of validation and assessment; and, for an agency with"
                + " several years, a chart per KPI of its targets and actuals by year.",
            "The file needs no network to be read: styles and charts are inside it.",
            "With --format json, standard output gets {\"report\": OUT, \"plans\": N, \"assessments\":"
                + " N}; with -o -, standard output gets the report and nothing else.")
        .exitCodes(
            "0:the report is written (the findings it shows are its content, not its failure)",
            "2:bad usage, an input that cannot be read, or a results document with no plan of its"
                + " agency and year among the files")
        .add(
            CommandSpecs.parameter(files)
                .arity("1..*")
                .paramLabel("FILE")
                .description("Plan and results documents, in any order; - reads standard input."))
        .add(
            CommandSpecs.option(output, "-o", "--output")
                .paramLabel("OUT")
                .description(
                    "Where the report goes (default: "
                        + DEFAULT_OUT
                        + "); - writes it to"
                        + " standard output."));
  }

  @Override
  public Integer call() {
    Documents documents = documents();
    List<Documents.Document> read = new ArrayList<>();
    List<DocumentException> unreadable = new ArrayList<>();
    for (String file : files.value()) {
      try {
        read.add(documents.any(file));
      } catch (DocumentException e) {
        unreadable.add(e);
      }
    }
    if (!unreadable.isEmpty()) {
      unreadable.forEach(e -> err().println(ErrorHandler.oneLine(e.getMessage())));
      return ExitStatus.USAGE;
    }

    Messages messages = messages();
    List<String> problems = new ArrayList<>();
    Map<String, Year> plans = new LinkedHashMap<>();
    for (Documents.Document document : read) {
      if (document.plan() == null) {
        continue;
      }
      AnnualPlan plan = document.plan();
      Year known = plans.get(key(plan.agency().code(), plan.rocYear()));
      if (known == null) {
        plans.put(
            key(plan.agency().code(), plan.rocYear()),
            new Year(plan, document.file(), new ArrayList<>()));
      } else if (!known.plan().equals(plan)) {
        problems.add(
            messages.format(
                "report.twoPlans",
                plan.agency().code(),
                plan.rocYear(),
                known.file(),
                document.file()));
      }
    }
    Assessor assessor = Assessor.builder().locale(options.language().locale()).build();
    List<Assessment> assessments = new ArrayList<>();
    for (Documents.Document document : read) {
      PlanResults results = document.results();
      if (results == null) {
        continue;
      }
      Year year = plans.get(key(results.agency(), results.rocYear()));
      if (year == null) {
        problems.add(
            messages.format("report.noPlan", document.file(), results.agency(), results.rocYear()));
      } else if (!year.resultsFiles().isEmpty()) {
        problems.add(
            messages.format(
                "report.twoResults",
                results.agency(),
                results.rocYear(),
                year.resultsFiles().get(0),
                document.file()));
      } else {
        year.resultsFiles().add(document.file());
        assessments.add(assessor.assess(year.plan(), results));
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err().println(p));
      return ExitStatus.USAGE;
    }

    List<AnnualPlan> unassessed = new ArrayList<>();
    for (Year year : plans.values()) {
      if (year.resultsFiles().isEmpty()) {
        unassessed.add(year.plan());
      }
    }
    HtmlReport report = HtmlReport.builder().locale(options.language().locale()).build();
    try {
      write(report, unassessed, assessments);
    } catch (NoSuchFileException e) {
      err()
          .println(
              messages.format(
                  "report.cannotWrite", output.value(), messages.format("report.noFolder")));
      return ExitStatus.USAGE;
    } catch (AccessDeniedException e) {
      err()
          .println(
              messages.format(
                  "report.cannotWrite", output.value(), messages.format("report.denied")));
      return ExitStatus.USAGE;
    } catch (InvalidPathException e) {
      err()
          .println(
              messages.format("report.cannotWrite", output.value(), FileNames.reason(e, messages)));
      return ExitStatus.USAGE;
    } catch (IOException e) {
      err()
          .println(
              messages.format(
                  "report.cannotWrite", output.value(), String.valueOf(e.getMessage())));
      return ExitStatus.USAGE;
    }
    if (Documents.STDIN.equals(output.value())) {
      // Standard output holds the report itself.
      return ExitStatus.OK;
    }
    if (json()) {
      Json.print(
          Json.object()
              .put("report", output.value())
              .put("plans", plans.size())
              .put("assessments", assessments.size()),
          out());
    } else {
      out()
          .println(
              messages.format("report.written", output.value(), plans.size(), assessments.size()));
    }
    return ExitStatus.OK;
  }

  private void write(HtmlReport report, List<AnnualPlan> plans, List<Assessment> assessments)
      throws IOException {
    if (Documents.STDIN.equals(output.value())) {
      report.render(plans, assessments, out());
      out().flush();
      return;
    }
    try (Writer writer = Files.newBufferedWriter(Path.of(output.value()), StandardCharsets.UTF_8)) {
      report.render(plans, assessments, writer);
    }
  }

  /** Agency codes compare as names do (NFKC, white space aside), as everywhere in kpi4j. */
  private static String key(String agency, int rocYear) {
    return Names.normalise(agency) + "/" + rocYear;
  }
}
