/**
 * The kpi4j report: plans, their assessments and the findings of both as one self-contained HTML
 * file, with inline styles and charts, that needs no network to be read. See {@link
 * io.github.kpi4j.report.HtmlReport}.
 *
 * <p>Only {@code io.github.kpi4j.report} is API. The templates are compiled with the module; the
 * template engine's runtime reads them reflectively, which is all it is opened for.
 */
module io.github.kpi4j.report {
  requires transitive io.github.kpi4j.core;
  requires transitive io.github.kpi4j.validation;
  requires transitive io.github.kpi4j.assessment;
  requires gg.jte.runtime;
  // The generated templates carry @javax.annotation.processing.Generated, a source-level marker.
  requires static java.compiler;

  exports io.github.kpi4j.report;

  opens io.github.kpi4j.report.internal.templates to
      gg.jte.runtime;
}
