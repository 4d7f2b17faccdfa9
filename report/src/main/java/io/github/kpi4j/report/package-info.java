/**
 * Renders annual administrative plans, their assessments and the findings of validation and
 * assessment as one HTML file: {@link io.github.kpi4j.report.HtmlReport}.
 *
 * <p>Every parameter of every method is non-null unless its documentation says otherwise.
 */
package io.github.kpi4j.report;
