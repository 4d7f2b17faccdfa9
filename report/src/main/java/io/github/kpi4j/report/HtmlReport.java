package io.github.kpi4j.report;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.report.internal.JteHtmlReport;
import io.github.kpi4j.validation.PlanValidator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes plans, their assessments and the findings about both as one self-contained HTML document:
 * styles and charts (inline SVG) are inside it, it runs no script and fetches nothing, so it can be
 * mailed, archived or opened from a disk with no network.
 *
 * <p>The report shows, per plan, its agency, year, goals and strategies, its KPI table and its
 * programmes, linked to their KPIs both ways; per assessment, each KPI's rating as a light that its
 * shape and its text tell apart as well as its colour, the target, the actual as written, the
 * achievement with a bar and the formula's inputs where the actual was computed, with a summary per
 * goal and per plan; every finding of validation and of assessment beside the value it is about and
 * in a list; and, for an agency with several years, a chart per KPI of its targets and actuals by
 * year with the change of its rating.
 *
 * <p>Plans are validated by the report's {@link Builder#validator(PlanValidator) validator}; the
 * caller assesses results (an {@link io.github.kpi4j.assessment.Assessor}) and passes the
 * assessments, whose plans need not be passed again.
 *
 * <p>Reports are immutable and thread-safe: build one and render any number of documents.
 */
public interface HtmlReport {
  /**
   * Renders one HTML document.
   *
   * @param plans plans to show, in any order; grouped by agency and ordered by year in the report
   * @param assessments assessments of plans, in any order; a plan assessed is shown even when it is
   *     not among {@code plans}
   * @return the HTML document
   * @throws IllegalArgumentException if two different plans are of the same agency and year, or two
   *     assessments are of the same agency and year
   * @throws NullPointerException if a list or an element is {@code null}
   */
  String render(List<AnnualPlan> plans, List<Assessment> assessments);

  /**
   * Renders one HTML document to a writer, which it neither flushes nor closes.
   *
   * @param plans as {@link #render(List, List)}
   * @param assessments as {@link #render(List, List)}
   * @param out where the document goes
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException as {@link #render(List, List)}
   * @throws NullPointerException if a list, an element or the writer is {@code null}
   */
  void render(List<AnnualPlan> plans, List<Assessment> assessments, Writer out) throws IOException;

  /**
   * @return the language of the report: Traditional Chinese for any Chinese locale, else English
   */
  Locale locale();

  /**
   * @return a report in English, validating plans with {@link PlanValidator#standard()}
   */
  static HtmlReport standard() {
    return builder().build();
  }

  /**
   * @return a builder, starting from English and the standard validator
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link HtmlReport}. */
  final class Builder {
    private Locale locale = Locale.ENGLISH;
    private PlanValidator validator;
    private String title;

    Builder() {}

    /**
     * @param locale the language of the report's words: any Chinese locale ({@code zh-TW}, {@code
     *     zh}) gives Traditional Chinese, any other English; the plans' own text is shown as it is
     * @return this builder
     * @throws NullPointerException if the locale is {@code null}
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * @param validator checks each plan shown; its findings appear beside the values they are
     *     about. By default the standard rules, in the report's language
     * @return this builder
     * @throws NullPointerException if the validator is {@code null}
     */
    public Builder validator(PlanValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * @param title the document's title; by default one naming the agencies and years shown
     * @return this builder
     * @throws NullPointerException if the title is {@code null}
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * @return the report
     */
    public HtmlReport build() {
      PlanValidator chosen =
          validator != null ? validator : PlanValidator.builder().locale(locale).build();
      return new JteHtmlReport(locale, chosen, title);
    }
  }
}
