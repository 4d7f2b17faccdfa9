package io.github.kpi4j.cli;

import io.github.kpi4j.document.ImportFinding;
import io.github.kpi4j.document.PlanDocuments;
import io.github.kpi4j.document.PlanImport;
import io.github.kpi4j.json.KpiJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kpi4j import FILE [--agency-code CODE] [-o OUT]}: reads a plan as agencies publish it and
 * writes the plan document.
 */
final class ImportCommand extends CommandBase {
  private final Arg<String> file = Arg.of(String.class, null);
  private final Arg<String> agencyCode = Arg.of(String.class, null);
  private final Arg<String> output = Arg.of(String.class, null);

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header(
            "Read a plan as agencies publish it (.docx, .odt, plain text) into a plan document.")
        .description(
            "Read a .docx, an .odt or the plain-text copy of a plan (its kind told from its content, not"
                + " its name) and write the plan document (kpi-plan/1).",
            "What the import is unsure of, or could not place, goes to standard error as findings:"
                + " FILE:WHERE: SEVERITY: MESSAGE, or {\"findings\": [...]} with --format json.")
        .exitCodes(
            "0:imported (warnings and notes allowed)",
            "1:imported, but something could not be placed (a finding of severity error); the plan"
                + " document holds the rest",
            "2:bad usage, or a file that cannot be read or is not a plan (the message says why)")
        .add(
            CommandSpecs.parameter(file)
                .paramLabel("FILE")
                .description(
                    "The plan as published: .docx, .odt or UTF-8 text; - reads standard input."))
        .add(
            CommandSpecs.option(agencyCode, "--agency-code")
                .paramLabel("CODE")
                .description(
                    "The agency's code, such as MAC: needed only for an agency kpi4j does not know"
                        + " (see cli/README.md), or a document that names none."))
        .add(
            CommandSpecs.option(output, "-o", "--output")
                .paramLabel("OUT")
                .description("Where to write the plan document (default: standard output)."));
  }

  @Override
  public Integer call() {
    PlanDocuments.Builder builder = PlanDocuments.builder().locale(options.language().locale());
    if (agencyCode.value() != null) {
      builder.agencyCode(agencyCode.value());
    }
    PlanDocuments reader = builder.build();
    PlanImport imported = documents().read(file.value(), reader::read);
    String source = Documents.STDIN.equals(file.value()) ? Documents.STDIN_SOURCE : file.value();
    if (json()) {
      ObjectNode document = Json.object();
      ArrayNode findings = document.putArray("findings");
      for (ImportFinding finding : imported.findings()) {
        findings
            .addObject()
            .put("rule", finding.rule())
            .put("severity", finding.severity().code())
            .put("path", finding.path())
            .put("message", finding.message())
            .put("where", finding.location().toString());
      }
      Json.print(document, err());
    } else {
      for (ImportFinding finding : imported.findings()) {
        err()
            .println(
                source
                    + ":"
                    + finding.location()
                    + ": "
                    + finding.severity().code()
                    + ": "
                    + finding.message());
      }
    }
    ByteArrayOutputStream plan = new ByteArrayOutputStream();
    KpiJson.create().write(imported.plan(), plan);
    if (output.value() == null) {
      out().print(plan.toString(StandardCharsets.UTF_8));
      out().flush();
    } else {
      Outputs.write(output.value(), plan.toByteArray(), messages());
    }
    return imported.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
  }
}
