/**
 * Quantities: targets and actuals as plans write them ({@code 408篇}, {@code 533萬人次}, {@code 86%}),
 * read into a {@link java.math.BigDecimal} value and a {@link io.github.kpi4j.quantity.Unit}.
 *
 * <p>A percentage is a plain number with the percent unit: {@code 91%} is 0.91, so that it compares
 * directly with a formula's value. Text that is not one quantity ({@code 較前年度增加10%}) is kept as
 * text and counts as not quantified; see {@link io.github.kpi4j.quantity.QuantityText}.
 */
@ModelStyle
package io.github.kpi4j.quantity;

import io.github.kpi4j.internal.ModelStyle;
