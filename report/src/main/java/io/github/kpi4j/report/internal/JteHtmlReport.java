package io.github.kpi4j.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.report.HtmlReport;
import io.github.kpi4j.validation.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An {@link HtmlReport} rendered by jte templates compiled with this module ({@code src/main/jte}):
 * the engine only loads the generated classes, so no template compiler is needed at run time.
 */
public final class JteHtmlReport implements HtmlReport {
  /** Where the build puts the classes generated from the templates. */
  static final String TEMPLATES = "io.github.kpi4j.report.internal.templates";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, JteHtmlReport.class.getClassLoader(), TEMPLATES);

  private static final String CSS = resource("report.css");

  private final Labels labels;
  private final PlanValidator validator;
  private final String title;

  /**
   * @param locale the report's language
   * @param validator checks each plan shown
   * @param title the document's title, or {@code null} for one naming the plans
   */
  public JteHtmlReport(Locale locale, PlanValidator validator, String title) {
    this.labels = new Labels(locale);
    this.validator = Objects.requireNonNull(validator, "validator");
    this.title = title;
  }

  @Override
  public String render(List<AnnualPlan> plans, List<Assessment> assessments) {
    ReportModel.Report model = model(plans, assessments);
    StringOutput output = new StringOutput(64 * 1024);
    try {
      ENGINE.render("report.jte", model, output);
    } catch (TemplateException e) {
      throw unwrap(e);
    }
    return output.toString();
  }

  @Override
  public void render(List<AnnualPlan> plans, List<Assessment> assessments, Writer out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    ReportModel.Report model = model(plans, assessments);
    try {
      ENGINE.render("report.jte", model, new WriterOutput(out));
    } catch (TemplateException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof UncheckedIOException unchecked) {
          throw unchecked.getCause();
        }
      }
      throw unwrap(e);
    }
  }

  @Override
  public Locale locale() {
    return labels.locale();
  }

  private ReportModel.Report model(List<AnnualPlan> plans, List<Assessment> assessments) {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(assessments, "assessments");
    return new ReportModelBuilder(labels, validator).build(plans, assessments, title, CSS);
  }

  /**
   * The engine wraps what a template throws; a template only reads the model, so anything it throws
   * is a defect of this module, raised as what it is.
   */
  private static RuntimeException unwrap(TemplateException e) {
    Throwable cause = e.getCause();
    while (cause instanceof java.lang.reflect.InvocationTargetException
        || cause instanceof TemplateException) {
      cause = cause.getCause();
    }
    return cause instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException("the report's templates failed", e);
  }

  private static String resource(String name) {
    try (InputStream in = JteHtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + ": a broken build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
