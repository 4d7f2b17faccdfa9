/**
 * Assessing an annual plan's results (成果) against its targets, as reviewers rate KPIs after the
 * year: green, yellow, red, or white.
 *
 * <p>An {@link io.github.kpi4j.assessment.Assessor} takes an {@link
 * io.github.kpi4j.model.AnnualPlan} and the {@link io.github.kpi4j.model.PlanResults} the agency
 * reported, and gives an {@link io.github.kpi4j.assessment.Assessment}: for every KPI of the plan,
 * in plan order, a {@link io.github.kpi4j.assessment.KpiAssessment} with the target, the actual (as
 * given, or computed from the reported variables through the KPI's formula), the achievement in
 * percent and the {@link io.github.kpi4j.assessment.Rating}; a count per rating; and {@link
 * io.github.kpi4j.finding.Finding findings} about the results document, each with a {@link
 * io.github.kpi4j.assessment.ResultRule rule id}, a JSON Pointer into the results document and a
 * message in English or Traditional Chinese.
 *
 * <pre>{@code
 * Assessment assessment = Assessor.builder()
 *     .bands(Bands.of(100, 90))
 *     .locale(Locale.TAIWAN)
 *     .build()
 *     .assess(plan, results);
 * for (KpiAssessment kpi : assessment.kpis()) {
 *   System.out.println(kpi.id().text() + " " + kpi.rating().code());
 * }
 * }</pre>
 *
 * <p>A {@link io.github.kpi4j.assessment.YearComparison} lines up one agency's KPIs across several
 * years by name, with each year's target, its change from the year before and, from assessments,
 * each year's achievement and rating.
 *
 * <p>Every type here is immutable and thread-safe; implementations are not part of the API.
 */
package io.github.kpi4j.assessment;
