package io.github.kpi4j.cli;

import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output of {@code validate}, in text and in JSON; {@code demo} shows its validations so too.
 */
final class ValidationOutput {
  /**
   * A plan document and its report.
   *
   * @param file the file as the user named it
   * @param report what the validator found
   */
  record FileReport(String file, ValidationReport report) {}

  private ValidationOutput() {}

  /**
   * @param reports the reports, in the order the files were named
   * @return {@code {"reports": [{"file", "valid", "findings"}]}}
   */
  static ObjectNode json(List<FileReport> reports) {
    ObjectNode document = Json.object();
    document.set("reports", jsonReports(reports));
    return document;
  }

  /**
   * @param reports the reports
   * @return {@code [{"file", "valid", "findings"}]}
   */
  static ArrayNode jsonReports(List<FileReport> reports) {
    ArrayNode array = Json.array();
    for (FileReport report : reports) {
      ObjectNode node =
          array.addObject().put("file", report.file()).put("valid", report.report().isValid());
      node.set("findings", Json.findings(report.report().findings()));
    }
    return array;
  }

  /**
   * Prints each file's verdict and findings, then a total when there are several files.
   *
   * @param reports the reports
   * @param messages the CLI's words
   * @param style the colours
   * @param out where to write
   */
  static void text(List<FileReport> reports, Messages messages, Style style, PrintWriter out) {
    int valid = 0;
    for (int i = 0; i < reports.size(); i++) {
      FileReport report = reports.get(i);
      boolean isValid = report.report().isValid();
      valid += isValid ? 1 : 0;
      if (i > 0) {
        out.println();
      }
      String verdict =
          isValid
              ? style.paint(messages.format("validate.valid"), Style.Colour.GREEN)
              : style.paint(messages.format("validate.invalid"), Style.Colour.RED);
      out.println(
          style.paint(report.file(), Style.Colour.BOLD)
              + messages.format("punctuation.colon")
              + messages.format(
                  "validate.verdict",
                  verdict,
                  FindingsText.counts(report.report().findings(), messages)));
      FindingsText.print(report.report().findings(), 2, messages, style, out);
    }
    if (reports.size() > 1) {
      out.println();
      out.println(CliMessages.total(messages, reports.size(), valid, reports.size() - valid));
    }
  }
}
