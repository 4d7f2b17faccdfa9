package io.github.kpi4j.cli;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.DisplayWidth;
import io.github.kpi4j.internal.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Findings as text for people: one line with the severity, the JSON Pointer and the rule, then the
 * message, indented under it so that long messages stay readable.
 */
final class FindingsText {
  /** Compiled once: {@link String#split} would compile this pattern anew on every call. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private FindingsText() {}

  /**
   * @param findings the findings
   * @param indent the spaces before each line
   * @param messages the CLI's words
   * @param style the colours
   * @param out where to write
   */
  static void print(
      List<Finding> findings, int indent, Messages messages, Style style, PrintWriter out) {
    int labelWidth = 0;
    for (Severity severity : Severity.values()) {
      labelWidth = Math.max(labelWidth, DisplayWidth.of(label(severity, messages)));
    }
    String margin = " ".repeat(indent);
    String hanging = margin + " ".repeat(labelWidth + 2);
    for (Finding finding : findings) {
      String label = label(finding.severity(), messages);
      String where = finding.path().isEmpty() ? "/" : finding.path();
      out.println(
          margin
              + style.paint(label, colour(finding.severity()))
              + " ".repeat(labelWidth - DisplayWidth.of(label) + 2)
              + where
              + "  "
              + style.paint("(" + finding.rule() + ")", Style.Colour.GREY));
      for (String line : LINE_BREAK.split(finding.message())) {
        out.println(hanging + line);
      }
    }
  }

  /**
   * @param severity a severity
   * @param messages the CLI's words
   * @return the severity in the chosen language
   */
  static String label(Severity severity, Messages messages) {
    return messages.format("severity." + severity.code());
  }

  /**
   * @param severity a severity
   * @return its colour: red, yellow or grey
   */
  static Style.Colour colour(Severity severity) {
    switch (severity) {
      case ERROR:
        return Style.Colour.RED;
      case WARNING:
        return Style.Colour.YELLOW;
      default:
        return Style.Colour.GREY;
    }
  }

  /**
   * @param findings findings
   * @param messages the CLI's words
   * @return "2 errors, 1 warning, no notes" in the chosen language
   */
  static String counts(List<Finding> findings, Messages messages) {
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    for (Finding finding : findings) {
      switch (finding.severity()) {
        case ERROR:
          errors++;
          break;
        case WARNING:
          warnings++;
          break;
        default:
          infos++;
      }
    }
    return CliMessages.counts(messages, errors, warnings, infos);
  }
}
