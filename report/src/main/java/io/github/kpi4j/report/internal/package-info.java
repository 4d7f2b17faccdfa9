/**
 * The report's implementation: the view model the templates show ({@link
 * io.github.kpi4j.report.internal.ReportModel}), built from plans and assessments by {@link
 * io.github.kpi4j.report.internal.ReportModelBuilder}, charts as SVG geometry, and the words of the
 * report in English and Traditional Chinese. Not API: the module does not export it.
 */
package io.github.kpi4j.report.internal;
