package io.github.kpi4j.cli;

import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.PlanDocuments;
import io.github.kpi4j.model.AnnualPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code kpi4j render PLAN --to docx|odt [-o OUT]}: writes a plan in the layout agencies print. */
final class RenderCommand extends CommandBase {
  private final Arg<String> file = Arg.of(String.class, null);
  private final Arg<DocumentKind> kind = Arg.of(DocumentKind.class, null);
  private final Arg<String> output = Arg.of(String.class, null);

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Write a plan as a document, in the layout agencies print.")
        .description(
            "Write a plan document (kpi-plan/1) as a .docx or an .odt in the layout agencies print:"
                + " goals and strategies, the KPI table, the important programmes.",
            "kpi4j import reads every document render writes back to an equal plan.")
        .exitCodes(
            "0:written",
            "2:bad usage, or a plan that cannot be read, or an output that cannot be written")
        .add(
            CommandSpecs.parameter(file)
                .paramLabel("PLAN")
                .description("A plan document (kpi-plan/1); - reads standard input."))
        .add(
            CommandSpecs.option(kind, new KindConverter(), "--to")
                .required(true)
                .paramLabel("docx|odt")
                .description("The kind of document to write: docx or odt."))
        .add(
            CommandSpecs.option(output, "-o", "--output")
                .paramLabel("OUT")
                .description("Where to write the document (default: standard output)."));
  }

  @Override
  public Integer call() {
    AnnualPlan plan = documents().plan(file.value());
    byte[] document = PlanDocuments.create().write(plan, kind.value());
    if (output.value() == null) {
      out().flush();
      try {
        root.binaryOut().write(document);
        root.binaryOut().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      Outputs.write(output.value(), document, messages());
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
