package io.github.kpi4j.cli;

import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.PlanDocuments;
import io.github.kpi4j.model.AnnualPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code kpi4j render PLAN --to docx|odt [-o OUT]}: writes a plan in the layout agencies print. */
@Command(
    name = "render",
    sortOptions = false,
    header = "Write a plan as a document, in the layout agencies print.",
    description = {
      "Write a plan document (kpi-plan/1) as a .docx or an .odt in the layout agencies print:"
          + " goals and strategies, the KPI table, the important programmes.",
      "kpi4j import reads every document render writes back to an equal plan."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:written",
      "2:bad usage, or a plan that cannot be read, or an output that cannot be written"
    })
final class RenderCommand extends CommandBase {
  @Parameters(
      paramLabel = "PLAN",
      description = "A plan document (kpi-plan/1); - reads standard input.")
  String file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "docx|odt",
      converter = KindConverter.class,
      description = "The kind of document to write: docx or odt.")
  DocumentKind kind;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write the document (default: standard output).")
  String output;

  @Override
  public Integer call() {
    AnnualPlan plan = documents().plan(file);
    byte[] document = PlanDocuments.create().write(plan, kind);
    if (output == null) {
      out().flush();
      try {
        root.binaryOut().write(document);
        root.binaryOut().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      Outputs.write(output, document, messages());
    }
    return ExitStatus.OK;
  }

  /** Reads {@code docx} or {@code odt}. */
  static final class KindConverter implements ITypeConverter<DocumentKind> {
    @Override
    public DocumentKind convert(String value) {
      return DocumentKind.fromName(value)
          .filter(k -> k != DocumentKind.TEXT)
          .orElseThrow(
              () -> new TypeConversionException("expected docx or odt, got '" + value + "'"));
    }
  }
}
