/**
 * Measurement-standard formulas: compile the text a plan prints, such as {@code
 * （本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%}, into a {@link io.github.kpi4j.formulas.Formula}, then
 * evaluate it from raw figures.
 *
 * <ul>
 *   <li>{@link io.github.kpi4j.formulas.Formula#compile(String)} reads a formula; bad text raises a
 *       {@link io.github.kpi4j.formulas.FormulaException} of kind {@code SYNTAX} whose message
 *       points at the offending character.
 *   <li>{@link io.github.kpi4j.formulas.Formula#evaluate(java.util.Map)} and {@link
 *       io.github.kpi4j.formulas.Formula#evaluate(double...)} compute its value; a missing
 *       variable, a division by zero or a result that is not a finite number raises a {@link
 *       io.github.kpi4j.formulas.FormulaException} that names the cause.
 *   <li>{@link io.github.kpi4j.formulas.FormulaException#message(java.util.Locale)} gives an
 *       error's message in English or Traditional Chinese; every message states the position as a
 *       character count from 1.
 *   <li>{@link io.github.kpi4j.formulas.MeasurementStandards#find(String)} finds the formula in a
 *       measurement standard as real documents print it (prose, labels, definitions, a numerator
 *       and a denominator printed apart, remarks), with where it stands.
 *   <li>{@link io.github.kpi4j.formulas.KpiFormula#of(io.github.kpi4j.model.Kpi)} is a KPI's
 *       formula, read the one way validation, assessment and export read it.
 * </ul>
 *
 * <p>A percentage is a plain number: {@code ×100%} multiplies by one, so a ratio of 91 to 100
 * evaluates to {@code 0.91}, which compares directly with a target of {@code 91%}.
 */
package io.github.kpi4j.formulas;
