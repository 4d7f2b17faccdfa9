/**
 * The immutable model of an annual administrative plan (年度施政計畫): the {@link
 * io.github.kpi4j.model.Agency agency}, the {@link io.github.kpi4j.model.AnnualPlan plan} with its
 * {@link io.github.kpi4j.model.Goal goals}, {@link io.github.kpi4j.model.Kpi key performance
 * indicators} and {@link io.github.kpi4j.model.Programme programmes}, and the {@link
 * io.github.kpi4j.model.PlanResults results} an agency reports after the year.
 *
 * <p>Every type is a value: immutable, thread-safe, compared by content (a {@link
 * io.github.kpi4j.model.PlanKpi} by its position in its plan), built through its {@code builder()}.
 * A value type rejects only what can never be right for it (a {@code null}, an evaluation system
 * code outside 1–5, a number below 1); a plan that breaks the plan rules (numbering, references,
 * duplicates, blank text) can be built and held, so that the validator can report it.
 */
@ModelStyle
package io.github.kpi4j.model;

import io.github.kpi4j.internal.ModelStyle;
